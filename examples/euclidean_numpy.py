"""Euclidean distance written with NumPy (seed 002's `euclidean`): the subtraction, square and
sum are fused into one pass (numpy's pairwise summation order, so the result is the same)."""

import numpy as np

# export euclidean(float[], float[])


def euclidean(x, y):
    return np.sqrt(((x - y) ** 2).sum())

#case: euclidean(np.array([1.0, 2.0, 3.0]), np.array([4.0, 6.0, 3.0]))
#case: euclidean(np.zeros(0), np.zeros(0))
#case: euclidean(np.linspace(0.0, 1.0, 1001), np.linspace(2.0, -1.0, 1001))

#setup: rng = np.random.default_rng(0)
#setup: x = rng.standard_normal(10**6)
#setup: y = rng.standard_normal(10**6)
#quick-setup: rng = np.random.default_rng(0)
#quick-setup: x = rng.standard_normal(1000)
#quick-setup: y = rng.standard_normal(1000)
#run: euclidean(x, y)
