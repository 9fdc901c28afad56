"""Gray-Scott reaction-diffusion with NumPy slices (numpy-benchmarks' `grayscott`, with the
random initial noise passed in): each step's Laplacians and updates are fused loops over
views of two grids."""

import numpy as np

# export grayscott(int, float, float, float, float, float[:,:], float[:,:])


def grayscott(counts, Du, Dv, F, k, noise_u, noise_v):
    n = noise_u.shape[0]
    U = np.zeros((n + 2, n + 2))
    V = np.zeros((n + 2, n + 2))
    u, v = U[1:-1, 1:-1], V[1:-1, 1:-1]
    r = n // 8
    u[:] = 1.0
    U[n // 2 - r:n // 2 + r, n // 2 - r:n // 2 + r] = 0.50
    V[n // 2 - r:n // 2 + r, n // 2 - r:n // 2 + r] = 0.25
    u += 0.15 * noise_u
    v += 0.15 * noise_v
    for i in range(counts):
        Lu = (U[0:-2, 1:-1] + U[1:-1, 0:-2] - 4 * U[1:-1, 1:-1] + U[1:-1, 2:] + U[2:, 1:-1])
        Lv = (V[0:-2, 1:-1] + V[1:-1, 0:-2] - 4 * V[1:-1, 1:-1] + V[1:-1, 2:] + V[2:, 1:-1])
        uvv = u * v * v
        u += Du * Lu - uvv + F * (1 - u)
        v += Dv * Lv + uvv - (F + k) * v
    return V

#case: grayscott(5, 0.16, 0.08, 0.04, 0.06, np.linspace(0.0, 1.0, 64).reshape(8, 8), np.linspace(1.0, 0.0, 64).reshape(8, 8))
#case: grayscott(40, 0.16, 0.08, 0.04, 0.06, np.arange(400.0).reshape(20, 20) % 7.0 / 7.0, np.arange(400.0).reshape(20, 20) % 5.0 / 5.0)
#case: grayscott(0, 0.16, 0.08, 0.04, 0.06, np.zeros((2, 2)), np.zeros((2, 2)))

#setup: rng = np.random.default_rng(0)
#setup: nu = rng.random((256, 256))
#setup: nv = rng.random((256, 256))
#quick-setup: rng = np.random.default_rng(0)
#quick-setup: nu = rng.random((32, 32))
#quick-setup: nv = rng.random((32, 32))
#run: grayscott(40, 0.16, 0.08, 0.04, 0.06, nu, nv)
