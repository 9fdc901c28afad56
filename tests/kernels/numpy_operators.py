"""numpy's operators as functions: comparisons (`np.less` ...), `bitwise_and/or/xor`, `invert`,
`logical_and/or/xor/not`, on arrays of every kind, numpy scalars and Python numbers."""

import numpy as np
from numpy import greater_equal, logical_not

# export compares(float[], float[])
# export compares_scalar(int[:,:], float)
# export bitwise(int[], int[])
# export bitwise_bool(bool[:,:], bool[])
# export bitwise_sized(uint8[], int32[])
# export bitwise_scalars(int, int)
# export logicals(float[], int[])
# export logical_scalars(float, int)
# export masks(complex[], float)
# export ops_elements(float[], int[], int)
# export all_equal(int[], int[])


def compares(a, b):
    return (np.less(a, b), np.less_equal(a, b), np.greater(a, b), greater_equal(a, b),
            np.equal(a, b), np.not_equal(a, b), np.less(a, 0.5))


#case: compares(np.array([1.0, 2.0, nan, -inf]), np.array([2.0, 2.0, 1.0, 0.0]))
#case: compares(np.array([]), np.array([]))
#case: compares(np.array([1.0, 2.0]), np.array([3.0]))
#case: compares(np.array([1.0, 2.0, 3.0]), np.array([3.0, 1.0]))


def compares_scalar(m, x):
    return np.greater(m, x), np.less(x, m), np.equal(m, m.T[0])


#case: compares_scalar(np.arange(6).reshape(2, 3), 2.5)
#case: compares_scalar(np.arange(4).reshape(2, 2), -1.0)


def bitwise(a, b):
    return np.bitwise_and(a, b), np.bitwise_or(a, b), np.bitwise_xor(a, 12), np.invert(a), np.bitwise_not(b)


#case: bitwise(np.array([1, 2, 3, -4]), np.array([7, 6, 5, 4]))
#case: bitwise(np.array([], dtype=np.int64), np.array([], dtype=np.int64))


def bitwise_bool(m, v):
    return np.bitwise_and(m, v), np.bitwise_or(m, v), np.bitwise_xor(m, v), np.invert(v), np.bitwise_and(m, True)


#case: bitwise_bool(np.array([[True, False, True], [False, False, True]]), np.array([True, False, False]))


def bitwise_sized(a, b):
    return np.bitwise_and(a, b), np.bitwise_or(a, 3), np.invert(a), np.bitwise_xor(b, -1)


#case: bitwise_sized(np.array([1, 200, 255], dtype=np.uint8), np.array([-1, 7, 1000], dtype=np.int32))


def bitwise_scalars(x, y):
    return np.bitwise_and(x, y), np.bitwise_or(x, y), np.bitwise_xor(x, y), np.invert(x)


#case: bitwise_scalars(12, 10)
#case: bitwise_scalars(-1, 0)


def logicals(x, k):
    return (np.logical_and(x, k), np.logical_or(x, k), np.logical_xor(x, k), logical_not(x),
            np.logical_not(k), np.logical_and(x > 0, k < 2))


#case: logicals(np.array([0.0, 1.5, nan, -0.0, 2.0]), np.array([0, 0, 3, 1, -2]))
#case: logicals(np.array([]), np.array([], dtype=np.int64))


def logical_scalars(x, k):
    return np.logical_and(x, k), np.logical_or(x, k), np.logical_xor(x, k), np.logical_not(x)


#case: logical_scalars(0.0, 3)
#case: logical_scalars(2.5, 0)


def masks(z, limit):
    # clip2's pattern: a mask and its negation
    out = np.zeros(len(z), dtype=np.complex128)
    m1 = np.abs(z) < limit
    out[m1] = 0
    m2 = np.logical_not(m1)
    out[m2] = z[m2] / np.abs(z[m2])
    return out, np.count_nonzero(m2)


#case: masks(np.array([1 + 1j, 0.1j, 3.0, -2j]), 0.5)


def ops_elements(a, k, n):
    # numpy scalars (array elements) and sums of the element-wise results
    s = 0
    for i in range(len(a)):
        if np.less(a[i], a[0]):
            s += 1
        s += np.bitwise_and(k[i], n)
    return s, np.sum(np.greater(a, 1.0)), np.logical_and(a > 0, k > 0).all()


#case: ops_elements(np.array([3.0, 1.0, 5.0, 0.5]), np.array([1, 2, 3, 4]), 6)


def all_equal(a, b):
    return (np.equal(a, b)).all(), np.not_equal(a, b).any()


#case: all_equal(np.array([1, 2, 3]), np.array([1, 2, 3]))
#case: all_equal(np.array([1, 2, 3]), np.array([1, 5, 3]))
