"""Seed 002's `pairwise_python`, unchanged but for `np.float` (removed from NumPy) → `np.float64`."""

import numpy as np

# export pairwise_python(float64[:,:])


def pairwise_python(X):
    M = X.shape[0]
    N = X.shape[1]
    D = np.empty((M, M), dtype=np.float64)
    for i in range(M):
        for j in range(M):
            d = 0.0
            for k in range(N):
                tmp = X[i, k] - X[j, k]
                d += tmp * tmp
            D[i, j] = np.sqrt(d)
    return D

#case: pairwise_python(np.array([[0.0, 0.0, 0.0], [3.0, 4.0, 0.0], [1.0, 1.0, 1.0]]))
#case: pairwise_python(np.zeros((0, 3)))

#setup: X = np.random.RandomState(0).random_sample((1000, 3))
#quick-setup: X = np.random.RandomState(0).random_sample((50, 3))
#run: pairwise_python(X)
