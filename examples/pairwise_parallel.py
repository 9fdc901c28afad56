"""Pairwise distances (seed 002's `pairwise_python`, with the result array passed in), the
rows computed in parallel."""

import numpy as np

#pythran export pairwise(float64[:,:], float64[:,:])


def pairwise(X, D):
    M = X.shape[0]
    N = X.shape[1]
    # omp parallel for
    for i in range(M):
        for j in range(M):
            d = 0.0
            for k in range(N):
                tmp = X[i, k] - X[j, k]
                d += tmp * tmp
            D[i, j] = np.sqrt(d)
    return D

#case: pairwise(np.array([[0.0, 0.0, 0.0], [3.0, 4.0, 0.0], [1.0, 1.0, 1.0]]), np.zeros((3, 3)))
#case: pairwise(np.arange(30.0).reshape(10, 3) / 7.0, np.zeros((10, 10)))
#case: pairwise(np.zeros((0, 3)), np.zeros((0, 0)))

#setup: X = np.random.RandomState(0).random_sample((1000, 3))
#setup: D = np.empty((1000, 1000))
#quick-setup: X = np.random.RandomState(0).random_sample((60, 3))
#quick-setup: D = np.empty((60, 60))
#run: pairwise(X, D)
