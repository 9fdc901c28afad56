"""np.median, np.quantile and np.percentile of float32 arrays: float32 results computed in
float32 as numpy does (the median's `(a + b) / 2`, `_lerp` with a Python `q` taken as a
float32), whole arrays and along axes, NaN, empty arrays and numpy's errors."""

import numpy as np

# export stats(float32[:], float, float)
def stats(a, q, p):
    return np.median(a), np.quantile(a, q), np.percentile(a, p), np.quantile(a, q, method='linear'), np.quantile(a, 1)

#case: stats(np.array([3.0, 1.0, 2.0, 10.0], dtype=np.float32), 0.3, 45.0)
#case: stats(np.array([0.1, 0.7, 0.2], dtype=np.float32), 0.77, 99.9)
#case: stats(np.array([0.1, 0.7, 0.2, -0.3, 1e-8, 3e7], dtype=np.float32), 0.5, 50.0)
#case: stats(np.array([0.1, 0.7, 0.2, -0.3, 1e-8, 3e7], dtype=np.float32), 0.0, 100.0)
#case: stats(np.array([0.1, nan, 0.2], dtype=np.float32), 0.5, 50.0)
#case: stats(np.array([2.5], dtype=np.float32), 0.25, 75.0)
#case: stats(np.array([1.0, 2.0], dtype=np.float32), 1.5, 50.0)
#case: stats(np.array([1.0, 2.0], dtype=np.float32), 0.5, -1.0)
#case: stats(np.zeros(0, dtype=np.float32), 0.5, 50.0)

# export stats_axis(float32[:,:], float, int)
def stats_axis(a, q, k):
    return np.median(a, axis=k), np.quantile(a, q, axis=k), np.percentile(a, q * 100.0, axis=k), np.median(a)

#case: stats_axis(np.arange(12, dtype=np.float32).reshape(3, 4) / np.float32(7), 0.33, 0)
#case: stats_axis(np.arange(12, dtype=np.float32).reshape(3, 4) / np.float32(7), 0.66, 1)
#case: stats_axis(np.arange(12, dtype=np.float32).reshape(3, 4) / np.float32(7), 0.5, -1)
#case: stats_axis(np.array([[1.0, nan], [2.0, 3.0]], dtype=np.float32), 0.5, 0)
#case: stats_axis(np.ones((2, 2), dtype=np.float32), 0.5, 2)

# export stats_1d_axis(float32[:], float)
def stats_1d_axis(a, q):
    return np.median(a, axis=0), np.quantile(a, q, axis=0)

#case: stats_1d_axis(np.array([5.0, 1.0, 4.0, 1.5], dtype=np.float32), 0.1)
