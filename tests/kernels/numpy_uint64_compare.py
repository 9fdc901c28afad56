"""uint64 compared with signed ints as numpy 2 compares them (NEP 50): exactly, whatever the
ranges (`a[i] < 0` is False, `np.uint64(2**64 - 1) > -1` is True, uint64 against int64
arrays without a float64 detour), and with floats in float64; scalars, array elements and
whole arrays."""

import numpy as np

# export scalars(uint64[:], int)
def scalars(a, k):
    c = 0
    for i in range(a.shape[0]):
        if a[i] < 0:
            c += 1
        if a[i] == k:
            c += 10
        if a[i] > -1:
            c += 100
        if a[i] >= k:
            c += 1000
        if 0 <= a[i] < 4:
            c += 10000
        if a[i] != 2.5:
            c += 100000
    return c

#case: scalars(np.array([0, 3, 2**63 + 5, 2**64 - 1], dtype=np.uint64), 3)
#case: scalars(np.array([0, 3, 2**63 + 5, 2**64 - 1], dtype=np.uint64), -1)
#case: scalars(np.array([0, 3, 2**63 + 5, 2**64 - 1], dtype=np.uint64), 2**63 - 1)
#case: scalars(np.array([], dtype=np.uint64), 0)

# export arrays(uint64[:], int64[:], float[:], int)
def arrays(a, b, x, k):
    return a < 0, a == k, a >= k, a < b, a == b, b >= a, a > x, a == x, a <= -1

#case: arrays(np.array([0, 3, 2**63 + 5, 2**64 - 1, 2**53 + 1], dtype=np.uint64), np.array([0, -3, 2**63 - 1, -1, 2**53], dtype=np.int64), np.array([0.5, 3.0, 2.0**63, 2.0**64, 2.0**53]), 3)
#case: arrays(np.array([0, 3, 2**63 + 5, 2**64 - 1, 2**53 + 1], dtype=np.uint64), np.array([0, -3, 2**63 - 1, -1, 2**53], dtype=np.int64), np.array([0.5, 3.0, 2.0**63, 2.0**64, 2.0**53]), -5)

# export small(uint64[:], int32[:], uint8[:])
def small(a, b, c):
    n = 0
    for i in range(a.shape[0]):
        if a[i] > b[i]:
            n += 1
        if a[i] == c[i]:
            n += 10
    return n, a > b, a == c

#case: small(np.array([0, 3, 2**64 - 1], dtype=np.uint64), np.array([-1, 3, -2], dtype=np.int32), np.array([0, 3, 255], dtype=np.uint8))

# export numpy_scalar(int, int)
def numpy_scalar(k, j):
    u = np.uint64(k)
    return u == j, u < j, u > -1, np.uint64(3) == 3, u >= 0

#case: numpy_scalar(3, 3)
#case: numpy_scalar(5, -7)
#case: numpy_scalar(0, 2**62)

# export contains(uint64[:], int64[:], float32[:], uint8[:], int)
def contains(a, b, x, s, k):
    u = np.uint64(3)
    return k in a, u in a, k in b, u in b, 0.1 in x, k in x, 300 in s, k in s, 2.5 in a, -1 in a

#case: contains(np.array([0, 3, 2**64 - 1], dtype=np.uint64), np.array([-1, 3], dtype=np.int64), np.array([0.1, 3.0], dtype=np.float32), np.array([44, 3], dtype=np.uint8), 3)
#case: contains(np.array([0, 5, 2**64 - 1], dtype=np.uint64), np.array([-1, 4], dtype=np.int64), np.array([0.2, nan], dtype=np.float32), np.array([44, 2], dtype=np.uint8), -1)
#case: contains(np.array([], dtype=np.uint64), np.array([], dtype=np.int64), np.array([], dtype=np.float32), np.array([], dtype=np.uint8), 0)

# export contains_f(float[:], int[:], float)
def contains_f(a, b, x):
    return x in a, x in b, 2 in a, True in b

#case: contains_f(np.array([0.5, nan, 2.0]), np.array([1, 2]), 0.5)
#case: contains_f(np.array([0.5, nan, 2.0]), np.array([1, 2]), nan)
#case: contains_f(np.array([0.5]), np.array([0, 3]), 3.0)
