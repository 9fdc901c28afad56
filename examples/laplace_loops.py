"""Laplace's equation by Jacobi iteration, as written in seed 002 (Travis Oliphant's example):
module-level constants `dx2`, `dy2` read inside the kernels, the loop update `py_update`,
the slice update `num_update`, and `calc` with a default iteration count."""

import numpy as np

dx = 0.1
dy = 0.1
dx2 = dx*dx
dy2 = dy*dy

# export py_update(float[:,:])
# export num_update(float[:,:])
# export calc(int, int?)
# export calc_num(int, int?)


def py_update(u):
    nx, ny = u.shape
    for i in range(1, nx-1):
        for j in range(1, ny-1):
            u[i, j] = ((u[i+1, j] + u[i-1, j]) * dy2 +
                       (u[i, j+1] + u[i, j-1]) * dx2) / (2*(dx2+dy2))


def num_update(u):
    u[1:-1, 1:-1] = ((u[2:, 1:-1]+u[:-2, 1:-1])*dy2 +
                     (u[1:-1, 2:] + u[1:-1, :-2])*dx2) / (2*(dx2+dy2))


def calc(N, Niter=100):
    u = np.zeros((N, N))
    u[0] = 1
    for i in range(Niter):
        py_update(u)
    return u


def calc_num(N, Niter=100):
    u = np.zeros((N, N))
    u[0] = 1
    for i in range(Niter):
        num_update(u)
    return u

#case: calc(10)
#case: calc(12, 7)
#case: calc(2, 3)
#case: calc_num(10)
#case: calc_num(30, 50)
#case: py_update(np.arange(25.0).reshape(5, 5))
#case: num_update(np.arange(25.0).reshape(5, 5))

#setup: N, Niter = 200, 100
#quick-setup: N, Niter = 30, 10
#run: calc(N, Niter)
