"""A dtype held in a variable (`dtype = np.float64`, `dt = a.dtype`) and passed as `dtype=`."""

import numpy as np


# export ones_of(int)
def ones_of(n):
    dtype = np.float64
    return np.ones(n, dtype=dtype)

#case: ones_of(3)
#case: ones_of(0)


# export like(int[], int)
def like(a, n):
    dt = np.int32
    z = np.zeros(n, dtype=dt)
    same = a.dtype
    return z, np.empty(0, dtype=same), np.full(n, 7, dtype=dt)

#case: like(np.array([1, 2]), 2)
