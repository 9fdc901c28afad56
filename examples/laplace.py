"""Laplace's equation on a grid by Jacobi iteration with NumPy slices (seed 002, Travis
Oliphant's example): the update is one fused loop, with no temporary arrays."""

import numpy as np

# export calc(int, int, float, float)


def num_update(u, dx2, dy2):
    u[1:-1, 1:-1] = ((u[2:, 1:-1] + u[:-2, 1:-1]) * dy2 +
                     (u[1:-1, 2:] + u[1:-1, :-2]) * dx2) / (2 * (dx2 + dy2))


def calc(N, Niter, dx2, dy2):
    u = np.zeros((N, N))
    u[0] = 1
    for i in range(Niter):
        num_update(u, dx2, dy2)
    return u

#case: calc(10, 5, 0.01, 0.01)
#case: calc(30, 50, 0.01, 0.04)
#case: calc(2, 3, 0.01, 0.01)

#setup: N, Niter, dx2, dy2 = 500, 200, 0.01, 0.01
#quick-setup: N, Niter, dx2, dy2 = 50, 20, 0.01, 0.01
#run: calc(N, Niter, dx2, dy2)
