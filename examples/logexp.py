"""Chunked log/exp kernel (seed 001's nogil numba_f); each thread would call it on [S, S+N)."""
import numpy as np

# export numba_f(float[], float[], int, int, float[])


def numba_f(x, y, S, N, res):
    for i in range(S, min(S+N, len(x))):
        res[i] = np.log(np.exp(x[i]) * np.log(y[i]))

#case: numba_f(np.array([0.5, 1.0, 2.0, 3.0]), np.array([3.0, 4.0, 5.0, 6.0]), 0, 4, np.zeros(4))
#case: numba_f(np.array([0.5, 1.0, 2.0, 3.0]), np.array([3.0, 4.0, 5.0, 6.0]), 1, 2, np.zeros(4))
#case: numba_f(np.array([0.5, 1.0, 2.0, 3.0]), np.array([3.0, 4.0, 5.0, 6.0]), 2, 100, np.full(4, -1.0))
#case: numba_f(np.array([1.0, 2.0]), np.array([0.5, 1.0]), 0, 2, np.zeros(2))
#case: numba_f(np.array([800.0, 1.0]), np.array([3.0, 0.0]), 0, 2, np.zeros(2))
#case: numba_f(np.zeros(0), np.zeros(0), 0, 10, np.zeros(0))
#case: numba_f(np.ones(3), np.full(3, 2.0), 5, 3, np.zeros(3))
#case: numba_f(np.ones(3), np.full(3, 2.0), 0, 3, np.zeros(2))

#setup: rng = np.random.default_rng(0)
#setup: N = 2 * 10**6
#setup: x = rng.uniform(0, 20., size=N)
#setup: y = rng.uniform(0, 20., size=N)
#setup: r = np.zeros(N)
#quick-setup: rng = np.random.default_rng(0)
#quick-setup: N = 2000
#quick-setup: x = rng.uniform(0, 20., size=N)
#quick-setup: y = rng.uniform(0, 20., size=N)
#quick-setup: r = np.zeros(N)
#run: numba_f(x, y, 0, N, r)
#numpy: r[0:N] = np.log(np.exp(x[0:N]) * np.log(y[0:N]))
