"""numpy's arithmetic operators as functions (`np.add`, `np.subtract`, `np.multiply`,
`np.divide`, `np.true_divide`, `np.negative`) on arrays, views, numpy scalars and a Python
number with an array (NEP 50: a float32 array stays float32), broadcasting and its error,
division by zero, as function values (`map(np.add, a, b)`); the scalar type aliases
`np.double`, `np.single`, `np.intp` as dtypes and conversions."""

import numpy as np

# export arith(float[:], float[:])
# export arith(int[:], int[:])
# export arith(float32[:], float32[:])
# export arith(complex[:], complex[:])
def arith(a, b):
    return np.add(a, b), np.subtract(a, b), np.multiply(a, b), np.divide(a, b), np.true_divide(b, a), np.negative(a)

#case: arith(np.array([1.0, -2.5, 0.0, nan]), np.array([3.0, 0.0, -0.0, 1.0]))
#case: arith(np.array([7, -3, 0]), np.array([2, 0, 5]))
#case: arith(np.array([7, -3]), np.array([2, 0, 5]))
#case: arith(np.array([1.5, 1e30], dtype=np.float32), np.array([3.0, 1e10], dtype=np.float32))
#case: arith(np.array([1 + 2j, -1j]), np.array([3 - 1j, 0j]))
#case: arith(np.zeros(0), np.zeros(0))

# export mixed(float32[:], float, int[:,:])
def mixed(a, x, m):
    return (np.add(a, x), np.multiply(x, a), np.subtract(m, 1), np.divide(m, 2), np.negative(m[0]),
            np.add(m[:, ::-1], m[0]), np.multiply(m.T, a[0]), np.add(a[0], x))

#case: mixed(np.array([1.5, 2.25], dtype=np.float32), 0.1, np.arange(6).reshape(2, 3))
#case: mixed(np.array([-1.0], dtype=np.float32), 1e40, np.arange(4).reshape(2, 2))

# export scalars(int[:], float)
def scalars(a, x):
    s = a.sum()
    return np.add(s, 1), np.subtract(2, s), np.multiply(s, x), np.divide(s, 0), np.negative(s), np.true_divide(s, a)

#case: scalars(np.array([3, 4]), 2.5)
#case: scalars(np.array([-3, 0]), -0.5)

# export as_values(float[:], int[:])
def as_values(a, k):
    return list(map(np.negative, k)), list(map(np.add, a, a)), [np.subtract(x, y) for x, y in zip(a, k)]

#case: as_values(np.array([1.0, 2.5, -4.0]), np.array([2, 3, -4]))

# export aliases(int[:], float)
def aliases(a, x):
    d = np.zeros(3, dtype=np.double)
    s = np.ones(2, dtype=np.single)
    p = np.arange(4, dtype=np.intp)
    return d, s, p, np.double(x), np.single(x), np.intp(a[0]), a.astype(np.double), np.double(a)

#case: aliases(np.array([3, -1]), 0.1)
