"""numpy's `isclose`/`allclose`, `append`, `searchsorted`, `bincount`."""

import numpy as np

# export closeness(float[], float[])
# export closeness_opts(float[:,:], float[], float, float)
# export closeness_ints(int[], float)
# export appends(float[], int[], int)
# export appends2(float[:,:], float[:,:], int)
# export searches(float[], float[], float)
# export searches_int(int[], int[:,:], int)
# export counts(int[], float[], int)
# export counts_small(uint8[])


def closeness(a, b):
    return np.isclose(a, b), np.allclose(a, b), np.isclose(a, b, equal_nan=True), np.allclose(a, b, 0.0, 0.5)


#case: closeness(np.array([1.0, 1e10, nan, inf, -inf, 0.0]), np.array([1.0 + 1e-9, 1.0001e10, nan, inf, inf, 1e-9]))
#case: closeness(np.array([1.0, 2.0]), np.array([1.0, 2.0]))
#case: closeness(np.array([1.0, 2.0]), np.array([1.0, 2.0, 3.0]))
#case: closeness(np.array([]), np.array([]))


def closeness_opts(m, v, rtol, atol):
    return np.isclose(m, v, rtol=rtol, atol=atol), np.allclose(m, v, rtol, atol)


#case: closeness_opts(np.arange(6.0).reshape(2, 3), np.array([0.1, 1.0, 2.5]), 0.0, 0.2)
#case: closeness_opts(np.arange(6.0).reshape(2, 3), np.array([0.1, 1.0, 2.5]), 0.5, 0.0)


def closeness_ints(k, x):
    return np.isclose(k, x), np.isclose(k, k), np.allclose(k, 3)


#case: closeness_ints(np.array([1, 2, 3]), 2.0)


def appends(x, k, n):
    return np.append(x, k), np.append(k, [n, 2 * n]), np.append(x, x, axis=0), np.append(k, [1.5])


#case: appends(np.array([1.5, 2.5]), np.array([3, 4, 5]), 7)
#case: appends(np.array([]), np.array([], dtype=np.int64), 0)


def appends2(a, b, axis):
    return np.append(a, b), np.append(a, b, axis=axis), np.append(a, b, axis)


#case: appends2(np.arange(6.0).reshape(2, 3), np.ones((2, 3)), 0)
#case: appends2(np.arange(6.0).reshape(2, 3), np.ones((2, 3)), 1)
#case: appends2(np.arange(6.0).reshape(2, 3), np.ones((1, 3)), 0)
#case: appends2(np.arange(6.0).reshape(2, 3), np.ones((1, 3)), 1)
#case: appends2(np.arange(6.0).reshape(2, 3), np.ones((2, 3)), 2)


def searches(a, v, x):
    return (np.searchsorted(a, v), np.searchsorted(a, v, side='right'), np.searchsorted(a, x),
            np.searchsorted(a, x, 'right'), np.searchsorted(a, 2))


#case: searches(np.array([1.0, 2.0, 2.0, 3.0, nan]), np.array([0.5, 2.0, 2.5, 9.0, nan, -inf]), 2.0)
#case: searches(np.array([]), np.array([1.0]), 0.0)
#case: searches(np.array([1.0, 2.0, 3.0]), np.array([]), 3.0)


def searches_int(a, v, x):
    return np.searchsorted(a, v), np.searchsorted(a, v, side='right'), np.searchsorted(a, x), np.searchsorted(a, 2.5)


#case: searches_int(np.array([1, 3, 3, 7]), np.array([[0, 3], [7, 8]]), 3)


def counts(x, w, m):
    return np.bincount(x), np.bincount(x, w), np.bincount(x, minlength=m), np.bincount(x, weights=w, minlength=m)


#case: counts(np.array([0, 1, 1, 3, 2, 1, 7]), np.array([0.3, 0.5, 0.2, 0.7, 1.0, -0.6, 0.1]), 10)
#case: counts(np.array([0, 1, 1, 3, 2, 1, 7]), np.array([0.3, 0.5, 0.2, 0.7, 1.0, -0.6, 0.1]), 2)
# (numpy's weighted bincount of an empty array is int64, not float64: not tested)
#case: counts(np.array([1, -1]), np.array([1.0, 2.0]), 0)
#case: counts(np.array([1, 2]), np.array([1.0]), 0)
#case: counts(np.array([1, 2]), np.array([1.0, 2.0]), -1)


def counts_small(x):
    return np.bincount(x)


#case: counts_small(np.array([3, 3, 0, 255], dtype=np.uint8))
#case: counts_small(np.array([], dtype=np.uint8))
