"""2-D array parameters (`float[:,:]`) also take the transpose of a C-contiguous array (a
Fortran-ordered array), read and written through its strides without a copy, as Pythran's
2-D array arguments do. Other non-contiguous views still do not match."""

import numpy as np


# export smooth(float[:,:], float[:,:], int)
def smooth(src, dst, steps):
    n = src.shape[0]
    for _ in range(steps):
        dst[1:n - 1, 1:n - 1] = 0.25 * (src[0:n - 2, 1:n - 1] + src[2:n, 1:n - 1]
                                        + src[1:n - 1, 0:n - 2] + src[1:n - 1, 2:n])
        src, dst = dst, src
    return src.sum()

#case: smooth(np.arange(25.).reshape(5, 5), np.arange(25.).reshape(5, 5).T, 3)
#case: smooth(np.arange(25.).reshape(5, 5).T, np.zeros((5, 5)), 2)
#case: smooth(np.arange(16.).reshape(4, 4), np.zeros((4, 4)), 1)


# export weighted_rows(float[:,:])
def weighted_rows(a):
    out = np.zeros(a.shape[0])
    for i in range(a.shape[0]):
        s = 0.0
        for j in range(a.shape[1]):
            s += a[i, j] * (j + 1)
        out[i] = s
    return out

#case: weighted_rows(np.arange(12.).reshape(3, 4).T)
#case: weighted_rows(np.asfortranarray(np.arange(6.).reshape(2, 3)))
#typeerror: weighted_rows(np.arange(24.).reshape(4, 6)[:, ::2])


# export set_diag(int[:,:], int)
def set_diag(m, v):
    for i in range(min(m.shape[0], m.shape[1])):
        m[i, i] = v
    return m

#case: set_diag(np.zeros((3, 4), dtype=np.int64).T, 7)
