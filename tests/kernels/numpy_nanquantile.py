"""`np.nanmedian`, `np.nanpercentile`, `np.nanquantile`: the plain functions on each lane with
its NaNs removed (numpy's `_remove_nan_1d`), NaN for a lane left empty; `method=`, an array
`q`, `axis=`, int arrays (no NaN: the plain results), numpy's errors."""

import numpy as np

# export nan_whole(float[], float)
# export nan_axis(float[:,:], float, int)
# export nan_int(int[], float)
# export nan_q_array(float[:,:], float[])
# export nan_q_array_empty(float[], float[])



def nan_whole(a, q):
    return (
        np.nanmedian(a),
        np.nanquantile(a, q),
        np.nanpercentile(a, q * 100),
        np.nanquantile(a, q, method="lower"),
        np.nanquantile(a, q, method="higher"),
        np.nanpercentile(a, q * 100, method="nearest"),
        np.nanquantile(a, q, method="midpoint"),
    )


#case: nan_whole(np.array([1.0, nan, 5.0, 2.0, nan, 8.0, 7.0]), 0.375)
#case: nan_whole(np.array([1.0, 5.0, 2.0, 8.0]), 0.5)
#case: nan_whole(np.array([nan, nan]), 0.5)
#case: nan_whole(np.array([]), 0.5)
#case: nan_whole(np.array([nan, 3.5]), 1.0)
#case: nan_whole(np.array([nan, 3.5, -inf]), 0.0)
#case: nan_whole(np.array([1.0, 2.0]), 1.5)


def nan_axis(m, q, k):
    return (
        np.nanmedian(m, axis=k),
        np.nanquantile(m, q, axis=k),
        np.nanpercentile(m, q * 100, k, method="lower"),
        np.nanquantile(m, q, axis=k, method="midpoint"),
    )


#case: nan_axis(np.array([[1.0, nan, 3.0, 4.0], [nan, nan, nan, nan], [2.0, 9.0, nan, 0.5]]), 0.5, 1)
#case: nan_axis(np.array([[1.0, nan, 3.0, 4.0], [nan, nan, nan, nan], [2.0, 9.0, nan, 0.5]]), 0.3, 0)
#case: nan_axis(np.array([[1.0, nan, 3.0, 4.0], [nan, nan, nan, nan], [2.0, 9.0, nan, 0.5]]).T, 0.9, -1)
#case: nan_axis(np.zeros((0, 3)), 0.5, 0)
#case: nan_axis(np.zeros((0, 3)), 0.5, 1)
#case: nan_axis(np.ones((2, 3)), 0.5, 2)


def nan_int(a, q):
    return np.nanmedian(a), np.nanquantile(a, q), np.nanpercentile(a, q * 100, method="midpoint")


#case: nan_int(np.array([3, 1, 4, 1, 5, 9]), 0.4)
#case: nan_int(np.array([], dtype=np.int64), 0.4)


def nan_q_array(m, qs):
    return np.nanquantile(m, qs), np.nanquantile(m, qs, axis=1), np.nanpercentile(m, qs * 100, axis=0, method="higher")


#case: nan_q_array(np.array([[1.0, nan, 3.0], [nan, nan, nan], [2.0, 9.0, 0.5]]), np.array([0.1, 0.5, 1.0]))
#case: nan_q_array(np.array([[1.0, nan, 3.0], [nan, nan, nan], [2.0, 9.0, 0.5]]), np.array([]))
#case: nan_q_array(np.array([[1.0, nan, 3.0]]), np.array([0.5, 1.01]))


def nan_q_array_empty(a, qs):
    return np.nanquantile(a, qs)


#deviates: nan_q_array_empty(np.array([]), np.array([0.5])) -> ValueError
