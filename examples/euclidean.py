"""Euclidean distance as an explicit loop (seed 002's euclidean2, without Cython types)."""
import math

# export euclidean(float[], float[])


def euclidean(x, y):
    diff = 0
    for i in range(len(x)):
        diff += (x[i] - y[i])**2
    return math.sqrt(diff)

#case: euclidean(np.array([0.0, 0.0]), np.array([3.0, 4.0]))
#case: euclidean(np.linspace(0.0, 1.0, 10), np.linspace(1.0, -1.0, 10))
#case: euclidean(np.zeros(0), np.zeros(0))
#case: euclidean(np.array([1e200, 1.0]), np.array([-1e200, 1.0]))
#case: euclidean(np.array([1.0, nan]), np.array([0.0, 0.0]))
#case: euclidean(np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0]))

#setup: rng = np.random.default_rng(0)
#setup: x = rng.standard_normal(10**6)
#setup: y = rng.standard_normal(10**6)
#quick-setup: rng = np.random.default_rng(0)
#quick-setup: x = rng.standard_normal(10**3)
#quick-setup: y = rng.standard_normal(10**3)
#run: euclidean(x, y)
#numpy: np.sqrt(((x - y)**2).sum())
