"""`np.percentile`/`np.quantile` with `method=` 'lower', 'higher', 'nearest' (an element of the
array, in its dtype; 'nearest' rounds halves to even) and 'midpoint' (float64), whole arrays
and along an axis, `q` a number or a 1-D array (its results first); NaN lanes, empty arrays and numpy's errors."""

import numpy as np

# export q_methods(float[], float)
# export q_int(int[], float)
# export q_axis(float[:,:], float, int)
# export q_axis_int(int[:,:], float)
# export q_errors(float[], float)


def q_methods(a, q):
    return (
        np.quantile(a, q, method="lower"),
        np.quantile(a, q, method="higher"),
        np.quantile(a, q, method="nearest"),
        np.quantile(a, q, method="midpoint"),
        np.percentile(a, q * 100, method="midpoint"),
        np.percentile(a, q * 100, method="nearest"),
        np.quantile(a, q, method="linear"),
    )


#case: q_methods(np.array([1.0, 5.0, 2.0, 8.0, 7.0]), 0.375)
#case: q_methods(np.array([1.0, 5.0, 2.0, 8.0, 7.0]), 0.0)
#case: q_methods(np.array([1.0, 5.0, 2.0, 8.0, 7.0]), 1.0)
#case: q_methods(np.array([1.0, 5.0, 2.0, 8.0]), 0.5)
#case: q_methods(np.arange(4.0), 1 / 6)
#case: q_methods(np.arange(4.0), 0.8333333333333334)
#case: q_methods(np.array([3.5, -0.5, 0.0, -2.25, 1e300, -1e300]), 0.3)
#case: q_methods(np.array([1.0, nan, 3.0]), 0.5)
#case: q_methods(np.array([7.0]), 0.9)
#case: q_methods(np.array([1.0, 2.0]), 1.5)
#case: q_methods(np.array([1.0, 2.0]), -0.1)
#case: q_methods(np.array([]), 0.5)


def q_int(a, q):
    return (
        np.quantile(a, q, method="lower"),
        np.percentile(a, q * 100, method="higher"),
        np.quantile(a, q, method="nearest"),
        np.quantile(a, q, method="midpoint"),
    )


#case: q_int(np.array([1, 5, 2, 8, 7]), 0.375)
#case: q_int(np.array([1, 5, 2, 8]), 0.5)
#case: q_int(np.array([-2**63, 2**63 - 1]), 0.5)
#case: q_int(np.array([4, 4, 4]), 0.25)
#case: q_int(np.array([], dtype=np.int64), 0.5)


def q_axis(m, q, k):
    return (
        np.quantile(m, q, axis=k, method="lower"),
        np.quantile(m, q, k, method="higher"),
        np.percentile(m, q * 100, axis=k, method="nearest"),
        np.quantile(m, q, axis=k, method="midpoint"),
    )


#case: q_axis(np.array([[1.0, 9.0, 3.0], [4.0, nan, 6.0]]), 0.5, 1)
#case: q_axis(np.array([[1.0, 9.0, 3.0], [4.0, nan, 6.0]]), 0.25, 0)
#case: q_axis(np.array([[1.0, 9.0, 3.0], [4.0, 5.0, 6.0]]), 0.7, -1)
#case: q_axis(np.array([[1.0, 9.0, 3.0], [4.0, 5.0, 6.0]]), 0.7, 2)


def q_axis_int(m, q):
    return np.quantile(m, q, axis=0, method="lower"), np.quantile(m.T, q, axis=1, method="midpoint"), np.quantile(m[0], q, axis=0, method="higher")


#case: q_axis_int(np.arange(12).reshape(3, 4) * 7 % 5, 0.5)
#case: q_axis_int(np.arange(12).reshape(3, 4) * 7 % 5, 0.9)


def q_errors(a, q):
    return np.percentile(a, q, method="lower")


#case: q_errors(np.array([1.0, 2.0]), 101.0)
#case: q_errors(np.array([1.0, 2.0]), -1.0)
#case: q_errors(np.array([1.0, 2.0]), 50.0)


# export q_array(float[], float[])
# export q_array_int(int[], int[])
# export q_array_axis(float[:,:], float[], int)
# export q_array_axis_int(int[:,:,:], float[])


def q_array(a, qs):
    return (
        np.quantile(a, qs),
        np.percentile(a, qs * 100),
        np.quantile(a, qs, method="lower"),
        np.quantile(a, qs, method="nearest"),
        np.quantile(a, qs, method="midpoint"),
    )


#case: q_array(np.array([1.0, 5.0, 2.0, 8.0, 7.0]), np.array([0.0, 0.375, 0.5, 0.9, 1.0]))
#case: q_array(np.array([1.0, nan, 2.0]), np.array([0.25, 0.75]))
#case: q_array(np.array([1.0, 5.0, 2.0]), np.array([]))
#case: q_array(np.array([1.0, 5.0, 2.0]), np.array([0.5, 1.5]))
#case: q_array(np.array([]), np.array([0.5]))


def q_array_int(a, ps):
    return np.percentile(a, ps), np.percentile(a, ps, method="higher"), np.percentile(a, ps, method="midpoint")


#case: q_array_int(np.array([3, 1, 4, 1, 5, 9, 2, 6]), np.array([0, 10, 50, 99, 100]))
#case: q_array_int(np.array([3, 1, 4]), np.array([50, 101]))


def q_array_axis(m, qs, k):
    return np.quantile(m, qs, axis=k), np.quantile(m, qs, axis=k, method="higher"), np.percentile(m, qs * 100, k, method="midpoint")


#case: q_array_axis(np.array([[1.0, 9.0, 3.0], [4.0, nan, 6.0]]), np.array([0.1, 0.5, 1.0]), 1)
#case: q_array_axis(np.array([[1.0, 9.0, 3.0], [4.0, 2.0, 6.0]]), np.array([0.1, 0.5, 1.0]), 0)
#case: q_array_axis(np.array([[1.0, 9.0, 3.0], [4.0, 2.0, 6.0]]), np.array([]), -1)
#case: q_array_axis(np.array([[1.0, 9.0, 3.0], [4.0, 2.0, 6.0]]), np.array([0.5]), 2)
#case: q_array_axis(np.array([[1.0, 9.0, 3.0], [4.0, 2.0, 6.0]]).T, np.array([0.25, 0.75]), 1)


def q_array_axis_int(t, qs):
    return np.quantile(t, qs, axis=1), np.quantile(t, qs, axis=2, method="lower"), np.quantile(t[0, 0], qs, axis=0, method="nearest")


#case: q_array_axis_int(np.arange(24).reshape(2, 3, 4) * 5 % 7, np.array([0.2, 0.5]))
