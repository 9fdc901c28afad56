"""`np.quantile`/`np.percentile`/`np.nanquantile`/`np.nanpercentile` with every `method=` numpy 2
has (linear, lower, higher, nearest, midpoint, inverted_cdf, averaged_inverted_cdf,
closest_observation, interpolated_inverted_cdf, hazen, weibull, median_unbiased,
normal_unbiased) on float32, float64 and int64 arrays: at a Python number `q` (a float32 array's
result float32, `_lerp` in float32), at a 1-D float64/int64 array `q` (float64 results from a
float32 array's float32 differences), whole and along axes, NaN lanes, 'linear' at an int `q`
taking elements (numpy's integer virtual index), empty arrays and numpy's errors."""

import numpy as np


# export q_all(float32[:], float)
# export q_all(float[:], float)
# export q_all(int[:], float)
def q_all(a, q):
    return ((
        np.quantile(a, q, method='linear'),
        np.quantile(a, q, method='lower'),
        np.quantile(a, q, method='higher'),
        np.quantile(a, q, method='nearest'),
        np.quantile(a, q, method='midpoint'),
        np.quantile(a, q, method='inverted_cdf'),
        np.quantile(a, q, method='averaged_inverted_cdf'),
    ), (
        np.quantile(a, q, method='closest_observation'),
        np.quantile(a, q, method='interpolated_inverted_cdf'),
        np.quantile(a, q, method='hazen'),
        np.quantile(a, q, method='weibull'),
        np.quantile(a, q, method='median_unbiased'),
        np.quantile(a, q, method='normal_unbiased'),
    ))

#case: q_all(np.array([3.0, 1.0, 2.0, 10.0], dtype=np.float32), 0.3)
#case: q_all(np.array([0.1, 0.7, 0.2], dtype=np.float32), 0.77)
#case: q_all(np.array([0.1, 0.7, 0.2, -0.3, 1e-8, 3e7, 5.5, 2.25], dtype=np.float32), 0.5)
#case: q_all(np.array([0.1, 0.7, 0.2, -0.3, 1e-8, 3e7, 5.5, 2.25], dtype=np.float32), 0.0)
#case: q_all(np.array([0.1, 0.7, 0.2, -0.3, 1e-8, 3e7, 5.5, 2.25], dtype=np.float32), 1.0)
#case: q_all(np.array([0.1, 0.7, 0.2, -0.3, 1e-8, 3e7, 5.5, 2.25], dtype=np.float32), 0.125)
#case: q_all(np.array([0.1, 0.7, 0.2, -0.3, 1e-8, 3e7, 5.5, 2.25], dtype=np.float32), 0.0625)
#case: q_all(np.array([0.1, 0.7, 0.2, -0.3, 1e-8, 3e7, 5.5, 2.25], dtype=np.float32), 0.9999)
#case: q_all(np.array([0.1, nan, 0.2], dtype=np.float32), 0.5)
#case: q_all(np.array([-inf, inf, 1.0], dtype=np.float32), 0.25)
#case: q_all(np.array([2.5], dtype=np.float32), 0.25)
#case: q_all(np.array([1.0, 2.0], dtype=np.float32), 1.5)
#case: q_all(np.zeros(0, dtype=np.float32), 0.5)
#case: q_all(np.array([3.0, 1.0, 2.0, 10.0, 0.3, -7.5, 1e300]), 0.3)
#case: q_all(np.array([3.0, 1.0, 2.0, 10.0, 0.3, -7.5, 1e300]), 0.75)
#case: q_all(np.array([3.0, 1.0, 2.0, 10.0, 0.3, -7.5]), 0.5)
#case: q_all(np.array([3.0, 1.0, 2.0, 10.0, 0.3, -7.5]), 0.1)
#case: q_all(np.array([3.0, nan, 2.0]), 0.1)
#case: q_all(np.zeros(0), 0.5)
#case: q_all(np.array([3, 1, 2, 10, 7, -4, 2**62, -2**62]), 0.3)
#case: q_all(np.array([3, 1, 2, 10, 7, -4, 2**62, -2**62]), 0.5)
#case: q_all(np.array([3, 1, 2, 10, 7]), 0.6)
#case: q_all(np.array([3, 1, 2, 10, 7]), 1.0)
#case: q_all(np.array([3, 1, 2, 10, 7]), -0.5)
#case: q_all(np.zeros(0, dtype=np.int64), 0.5)

# export p_all(float32[:], float)
def p_all(a, p):
    return ((
        np.percentile(a, p, method='linear'),
        np.percentile(a, p, method='lower'),
        np.percentile(a, p, method='higher'),
        np.percentile(a, p, method='nearest'),
        np.percentile(a, p, method='midpoint'),
        np.percentile(a, p, method='inverted_cdf'),
        np.percentile(a, p, method='averaged_inverted_cdf'),
    ), (
        np.percentile(a, p, method='closest_observation'),
        np.percentile(a, p, method='interpolated_inverted_cdf'),
        np.percentile(a, p, method='hazen'),
        np.percentile(a, p, method='weibull'),
        np.percentile(a, p, method='median_unbiased'),
        np.percentile(a, p, method='normal_unbiased'),
    ))

#case: p_all(np.array([3.0, 1.0, 2.0, 10.0, 0.5, 0.25], dtype=np.float32), 30.0)
#case: p_all(np.array([3.0, 1.0, 2.0, 10.0, 0.5, 0.25], dtype=np.float32), 50.0)
#case: p_all(np.array([3.0, 1.0, 2.0, 10.0, 0.5, 0.25], dtype=np.float32), 99.0)
#case: p_all(np.array([3.0, 1.0, 2.0, 10.0, 0.5, 0.25], dtype=np.float32), 100.5)

# export q_axis(float32[:,:], float, int)
# export q_axis(float[:,:], float, int)
def q_axis(a, q, k):
    return ((
        np.quantile(a, q, axis=k, method='linear'),
        np.quantile(a, q, axis=k, method='lower'),
        np.quantile(a, q, axis=k, method='higher'),
        np.quantile(a, q, axis=k, method='nearest'),
        np.quantile(a, q, axis=k, method='midpoint'),
        np.quantile(a, q, axis=k, method='inverted_cdf'),
        np.quantile(a, q, axis=k, method='averaged_inverted_cdf'),
    ), (
        np.quantile(a, q, axis=k, method='closest_observation'),
        np.quantile(a, q, axis=k, method='interpolated_inverted_cdf'),
        np.quantile(a, q, axis=k, method='hazen'),
        np.quantile(a, q, axis=k, method='weibull'),
        np.quantile(a, q, axis=k, method='median_unbiased'),
        np.quantile(a, q, axis=k, method='normal_unbiased'),
    ))

#case: q_axis(np.arange(12, dtype=np.float32).reshape(3, 4) / np.float32(7), 0.33, 0)
#case: q_axis(np.arange(12, dtype=np.float32).reshape(3, 4) / np.float32(7), 0.66, 1)
#case: q_axis((np.arange(20, dtype=np.float32).reshape(4, 5) / np.float32(3)).T, 0.4, -1)
#case: q_axis(np.array([[1.0, nan], [2.0, 3.0]], dtype=np.float32), 0.5, 0)
#case: q_axis(np.arange(12.0).reshape(3, 4) / 7, 0.33, 0)
#case: q_axis(np.arange(12.0).reshape(3, 4)[:, ::-1] / 7, 0.8, 1)
#case: q_axis(np.ones((2, 2), dtype=np.float32), 0.5, 2)

# export qs(float32[:], float[:])
# export qs(float[:], float[:])
# export qs(int[:], float[:])
def qs(a, q):
    return ((
        np.quantile(a, q, method='linear'),
        np.quantile(a, q, method='lower'),
        np.quantile(a, q, method='higher'),
        np.quantile(a, q, method='nearest'),
        np.quantile(a, q, method='midpoint'),
        np.quantile(a, q, method='inverted_cdf'),
        np.quantile(a, q, method='averaged_inverted_cdf'),
    ), (
        np.quantile(a, q, method='closest_observation'),
        np.quantile(a, q, method='interpolated_inverted_cdf'),
        np.quantile(a, q, method='hazen'),
        np.quantile(a, q, method='weibull'),
        np.quantile(a, q, method='median_unbiased'),
        np.quantile(a, q, method='normal_unbiased'),
    ))

#case: qs(np.array([3.0, 1.0, 2.0, 10.0, 0.5, 0.25, 1e-3], dtype=np.float32), np.array([0.0, 0.1, 0.33, 0.5, 0.9, 1.0]))
#case: qs(np.array([0.1, nan, 0.2], dtype=np.float32), np.array([0.5, 0.25]))
#case: qs(np.array([3.0, 1.0, 2.0, 10.0, 0.5]), np.array([0.2, 0.7]))
#case: qs(np.array([3, 1, 2, 10, 5]), np.array([0.2, 0.7]))
#case: qs(np.array([3.0, 1.0], dtype=np.float32), np.array([0.2, 1.7]))
#case: qs(np.array([3.0, 1.0], dtype=np.float32), np.zeros(0))

# export qs_axis(float32[:,:], float[:], int)
def qs_axis(a, q, k):
    return ((
        np.percentile(a, q * 100.0, axis=k, method='linear'),
        np.percentile(a, q * 100.0, axis=k, method='lower'),
        np.percentile(a, q * 100.0, axis=k, method='higher'),
        np.percentile(a, q * 100.0, axis=k, method='nearest'),
        np.percentile(a, q * 100.0, axis=k, method='midpoint'),
        np.percentile(a, q * 100.0, axis=k, method='inverted_cdf'),
        np.percentile(a, q * 100.0, axis=k, method='averaged_inverted_cdf'),
    ), (
        np.percentile(a, q * 100.0, axis=k, method='closest_observation'),
        np.percentile(a, q * 100.0, axis=k, method='interpolated_inverted_cdf'),
        np.percentile(a, q * 100.0, axis=k, method='hazen'),
        np.percentile(a, q * 100.0, axis=k, method='weibull'),
        np.percentile(a, q * 100.0, axis=k, method='median_unbiased'),
        np.percentile(a, q * 100.0, axis=k, method='normal_unbiased'),
    ))

#case: qs_axis(np.arange(12, dtype=np.float32).reshape(3, 4) / np.float32(7), np.array([0.1, 0.5, 0.95]), 0)
#case: qs_axis(np.arange(12, dtype=np.float32).reshape(3, 4) / np.float32(7), np.array([0.1, 0.5, 0.95]), 1)
#case: qs_axis(np.array([[1.0, nan], [2.0, 3.0]], dtype=np.float32), np.array([0.3]), 1)

# export nanq(float32[:], float, float[:])
def nanq(a, q, qa):
    return (
        np.nanquantile(a, q),
        np.nanpercentile(a, q * 100.0, method='hazen'),
        np.nanquantile(a, q, method='inverted_cdf'),
        np.nanquantile(a, q, method='median_unbiased'),
        np.nanquantile(a, qa),
        np.nanquantile(a, qa, method='closest_observation'),
        np.nanpercentile(a, qa * 100.0, method='weibull'),
    )

#case: nanq(np.array([3.0, nan, 1.0, 2.0, nan, 10.0], dtype=np.float32), 0.3, np.array([0.1, 0.6]))
#case: nanq(np.array([3.0, 1.0, 2.0], dtype=np.float32), 0.5, np.array([0.5]))
#deviates: nanq(np.array([nan, nan], dtype=np.float32), 0.5, np.array([0.5])) -> ValueError

# export nanq_axis(float32[:,:], float, float[:])
def nanq_axis(a, q, qa):
    return (
        np.nanquantile(a, q, axis=1),
        np.nanquantile(a, q, axis=0, method='averaged_inverted_cdf'),
        np.nanquantile(a, qa, axis=1),
        np.nanquantile(a, qa, axis=0, method='nearest'),
    )

#case: nanq_axis(np.array([[3.0, nan, 1.0], [2.0, nan, 10.0]], dtype=np.float32), 0.3, np.array([0.1, 0.6]))
#case: nanq_axis(np.array([[3.0, 4.0, 1.0], [nan, nan, nan]], dtype=np.float32), 0.3, np.array([0.1, 0.6]))
#case: nanq_axis(np.array([[nan, nan, nan], [3.0, 4.0, 1.0]], dtype=np.float32).T, 0.3, np.array([0.1, 0.6]))
#deviates: nanq_axis(np.array([[nan, nan, nan], [3.0, 4.0, 1.0]], dtype=np.float32), 0.3, np.array([0.1, 0.6])) -> ValueError


# export int_q(int[:], int, int[:])
# export int_q(float[:], int, int[:])
# export int_q(float32[:], int, int[:])
def int_q(a, q, qa):
    return np.quantile(a, q), np.quantile(a, qa), np.quantile(a, q, method='hazen'), np.percentile(a, q)

#case: int_q(np.array([3, 1, 2]), 1, np.array([0, 1]))
#case: int_q(np.array([3, 1, 2]), 0, np.array([1]))
#case: int_q(np.array([-inf, inf, 2.0]), 0, np.array([0, 1]))
#case: int_q(np.array([-inf, inf, 2.0]), 1, np.array([1, 0]))
#case: int_q(np.array([-inf, inf, 2.0], dtype=np.float32), 1, np.array([1, 0]))
#case: int_q(np.array([nan, 1.0], dtype=np.float32), 0, np.array([0]))
#case: int_q(np.array([3, 1, 2]), 2, np.array([0]))

# export int_q_nan(float[:], int)
# export int_q_nan(float32[:], int)
def int_q_nan(a, q):
    return np.nanquantile(a, q), np.nanpercentile(a, q)

#case: int_q_nan(np.array([nan, -inf, 1.0, inf]), 0)
#case: int_q_nan(np.array([nan, -inf, 1.0, inf], dtype=np.float32), 1)
#case: int_q_nan(np.array([nan, nan], dtype=np.float32), 1)

# export q_bad(float32[:], float)
def q_bad(a, q):
    return np.quantile(a, q, method='lower')

#case: q_bad(np.array([1.0], dtype=np.float32), -0.1)
#case: q_bad(np.array([1.0], dtype=np.float32), nan)

