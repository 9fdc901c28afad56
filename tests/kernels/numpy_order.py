"""Fortran-ordered array arguments (`order(F)`): shared without a copy, read through their
strides; an overload set can take both orders."""

import numpy as np

# export colsum(float64[:,:] order(F))
# export colsum(float64[:,:])
# export fonly(float64[:,:] order(F))
# export fwrite(int[:,:] order(F), int)


def colsum(m):
    return m.sum(axis=0), m * 2.0, m.T, m[0], m[:, 1].copy(), m @ m.T


#case: colsum(np.asfortranarray(np.arange(6.0).reshape(2, 3)))
#case: colsum(np.arange(6.0).reshape(2, 3))


def fonly(m):
    return m.ravel(), m.reshape(-1), m.flatten()


#case: fonly(np.asfortranarray(np.arange(6.0).reshape(2, 3)))
#case: fonly(np.asfortranarray(np.zeros((0, 3))))
#typeerror: fonly(np.arange(6.0).reshape(2, 3))


def fwrite(a, v):
    a[0, :] = v
    a[:, -1] += 1
    a[a > 4] = 0
    return a


#case: fwrite(np.asfortranarray(np.arange(12).reshape(3, 4)), 9)
