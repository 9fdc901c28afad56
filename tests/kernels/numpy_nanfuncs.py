"""numpy's `nan*` functions: `nansum nanprod nancumsum nancumprod nanmax nanmin nanargmax
nanargmin nanmean nanvar nanstd`, whole arrays and along an axis, NaN-free and all-NaN lanes,
int arrays (no NaN: the plain reduction), empty arrays and their errors."""

import numpy as np

# export nan_whole(float[])
# export nan_whole2(float[:,:])
# export nan_axis(float[:,:], int)
# export nan_args(float[:,:], int)
# export nan_stats(float[], int)
# export nan_stats2(float[:,:], int, int)
# export nan_ints(int[], int[:,:])
# export nan_keep(float[:,:])
# export nan_f32(float32[])


def nan_whole(a):
    return (np.nansum(a), np.nanprod(a), np.nancumsum(a), np.nancumprod(a), np.nanmax(a), np.nanmin(a))


#case: nan_whole(np.array([1.5, nan, -2.0, 4.25, nan]))
#case: nan_whole(np.array([nan, nan]))
#case: nan_whole(np.array([-inf, nan, -inf]))
#case: nan_whole(np.array([0.1 * k for k in range(300)]))
#case: nan_whole(np.array([]))
#case: nan_whole(np.array([3.0]))


def nan_whole2(m):
    return np.nansum(m), np.nanmean(m), np.nanvar(m), np.nanstd(m), np.nanmax(m), np.nanargmin(m)


#case: nan_whole2(np.array([[1.0, nan, 3.0], [nan, 5.5, -6.0]]))
#case: nan_whole2(np.asfortranarray(np.array([[1.0, nan, 3.0], [0.1, 5.5, -6.0], [nan, nan, 2.0]])))
#case: nan_whole2(np.array([[nan, nan], [nan, nan]]))
#case: nan_whole2(np.arange(40.0).reshape(5, 8) / 3.0)


def nan_axis(m, k):
    return np.nansum(m, axis=k), np.nanprod(m, k), np.nancumsum(m, axis=k), np.nanmax(m, axis=k), np.nanmin(m, axis=k)


#case: nan_axis(np.array([[1.0, nan, 3.0], [nan, nan, -6.0]]), 0)
#case: nan_axis(np.array([[1.0, nan, 3.0], [nan, nan, nan]]), 1)
#case: nan_axis(np.array([[1.0, nan, 3.0], [nan, nan, nan]]), -1)
#case: nan_axis(np.array([[1.0, nan, 3.0]]), 2)
#case: nan_axis(np.zeros((0, 3)), 0)
#case: nan_axis(np.zeros((0, 3)), 1)


def nan_args(m, k):
    return np.nanargmax(m, axis=k), np.nanargmin(m, k), np.nanargmax(m)


#case: nan_args(np.array([[1.0, nan, 3.0], [nan, 7.0, -6.0]]), 0)
#case: nan_args(np.array([[1.0, nan, 3.0], [nan, 7.0, -6.0]]), 1)
#case: nan_args(np.array([[1.0, nan, 3.0], [nan, nan, -6.0]]), 0)
#case: nan_args(np.array([[1.0, nan, 3.0], [nan, nan, nan]]), 1)
#case: nan_args(np.array([[nan, nan], [nan, nan]]), 1)
#case: nan_args(np.array([[-inf, nan, -inf]]), 1)
#case: nan_args(np.zeros((0, 3)), 1)


def nan_stats(a, ddof):
    return np.nanmean(a), np.nanvar(a), np.nanstd(a, ddof=ddof), np.nanvar(a, ddof=ddof)


#case: nan_stats(np.array([1.5, nan, -2.0, 4.25, nan, 0.1]), 1)
#case: nan_stats(np.array([1.5, nan, nan]), 1)
#case: nan_stats(np.array([nan, nan]), 0)
#case: nan_stats(np.array([0.1 * k * k for k in range(500)]), 3)
#case: nan_stats(np.array([]), 0)


def nan_stats2(m, k, ddof):
    return np.nanmean(m, axis=k), np.nanvar(m, axis=k), np.nanstd(m, axis=k, ddof=ddof)


#case: nan_stats2(np.array([[1.0, nan, 3.0], [nan, 5.5, -6.0], [0.5, 0.25, nan]]), 0, 1)
#case: nan_stats2(np.array([[1.0, nan, 3.0], [nan, nan, nan], [0.5, 0.25, nan]]), 1, 1)
#case: nan_stats2(np.asfortranarray(np.arange(24.0).reshape(4, 6) / 7.0), 1, 0)
#case: nan_stats2(np.array([[1.0, 2.0]]), 3, 0)


def nan_ints(b, m):
    return (np.nansum(b), np.nanprod(b), np.nanmax(b), np.nanargmin(b), np.nanmean(b), np.nanvar(b),
            np.nanstd(m, axis=0), np.nancumsum(m, axis=1), np.nanmin(m, axis=1))


#case: nan_ints(np.array([3, -1, 4, 1, -5]), np.array([[1, 2, 3], [4, -5, 6]]))
#case: nan_ints(np.array([], dtype=np.int64), np.array([[1, 2, 3], [4, -5, 6]]))


def nan_keep(m):
    # keepdims= of the plain reductions
    return np.nansum(m, axis=1, keepdims=True), np.nanmax(m, 0, keepdims=True), np.nanargmin(m, 1, keepdims=True)


#case: nan_keep(np.array([[1.0, nan, 3.0], [nan, 5.5, -6.0]]))


def nan_f32(a):
    return np.nansum(a), np.nancumsum(a), np.nanmax(a), np.nanargmax(a)


#case: nan_f32(np.array([1.5, nan, -2.0, 4.25, nan], dtype=np.float32))
#case: nan_f32(np.array([nan], dtype=np.float32))
