"""`np.ndindex`: every position of a shape in C order, as tuples of ints (numpy-benchmarks'
local_maxima loops over `np.ndindex(data.shape)` and indexes with the tuple)."""

import numpy as np

# export positions(float[:,:])


def positions(a):
    out = []
    for pos in np.ndindex(a.shape):
        out.append(pos)
    return out


#case: positions(np.zeros((2, 3)))
#case: positions(np.zeros((0, 3)))
#case: positions(np.zeros((1, 1)))

# export weighted(float[:,:,:])


def weighted(a):
    s = 0.0
    for i, j, k in np.ndindex(a.shape):
        s += a[i, j, k] * (i + 2 * j + 3 * k)
    return s


#case: weighted(np.arange(24.0).reshape(2, 3, 4))
#case: weighted(np.zeros((2, 0, 4)))

# export local_max(float[:,:])


def local_max(data):
    result = np.ones(data.shape, np.bool_)
    for pos in np.ndindex(data.shape):
        myval = data[pos]
        i, j = pos
        for di, dj in np.ndindex(3, 3):
            ni = (i + di - 1) % data.shape[0]
            nj = (j + dj - 1) % data.shape[1]
            result[pos] &= data[ni, nj] <= myval
    return result


#case: local_max(np.array([[1.0, 5.0, 2.0], [0.0, 3.0, 9.0], [4.0, 4.0, 1.0]]))
#case: local_max(np.arange(12.0).reshape(3, 4))

# export count(int, int)


def count(m, n):
    c = 0
    for ij in np.ndindex(m, n):
        c += ij[0] * n + ij[1] + 1
    return c


#case: count(3, 4)
#case: count(0, 5)
#case: count(2, -1)
#case: count(1, 1)
