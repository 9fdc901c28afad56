"""Matrix product with `@` (seed 000 is about handing dot products to a fast kernel): pyrs
hands `a @ b` to the BLAS numpy carries, as numpy does (without it, to a cache-blocked SIMD
GEMM, the `matrixmultiply` crate, split over the cores). The benchmark's inputs are small
integers so that every summation order gives the same products (any two GEMMs round
differently on random floats)."""

import numpy as np

# export matmul(float[:,:], float[:,:])


def matmul(a, b):
    return a @ b

#case: matmul(np.arange(6.0).reshape(2, 3), np.arange(12.0).reshape(3, 4))
#case: matmul(np.ones((3, 2)), np.ones((3, 2)))
#case: matmul(np.zeros((0, 4)), np.zeros((4, 5)))
#case: matmul(np.arange(40000.0).reshape(200, 200) % 13.0, np.arange(40000.0).reshape(200, 200).T.copy() % 11.0)

#setup: rng = np.random.default_rng(0)
#setup: a = rng.integers(-8, 8, (1000, 1000)).astype(np.float64)
#setup: b = rng.integers(-8, 8, (1000, 1000)).astype(np.float64)
#quick-setup: rng = np.random.default_rng(0)
#quick-setup: a = rng.integers(-8, 8, (100, 100)).astype(np.float64)
#quick-setup: b = rng.integers(-8, 8, (100, 100)).astype(np.float64)
#run: matmul(a, b)
