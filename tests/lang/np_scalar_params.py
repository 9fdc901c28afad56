"""A sized scalar parameter (`uint8`, `int8`, `int16`, `int32`, `uint16`, `uint32`, `float32`) given
a numpy scalar of exactly that dtype keeps it: compiled code computes with numpy's rules, as
CPython runs the `.py` (`1 - 2 * c` wraps in uint8, float32 arithmetic rounds to float32), and a
Python number for the same parameter computes as the Python number (the signature's
numpy-scalar twin, `infer::np_scalar_twin`)."""
import numpy as np


# export fr(float64, float64, uint8)
def fr(a, b, c):
    return b + (1 - 2 * c) * a

#case: fr(0.5, 0.5, np.uint8(3))
#case: fr(0.5, 0.5, 3)
#case: fr(0.5, 0.5, np.uint8(0))
#case: fr(np.float64(0.5), np.float64(0.5), np.uint8(255))


# export wrap8(int8)
def wrap8(x):
    return x + 100, x * 2, -x, x // 3

#case: wrap8(np.int8(100))
#case: wrap8(np.int8(-128))
#case: wrap8(100)
#case: wrap8(-128)


# export f32(float32, float32)
def f32(x, y):
    z = x * y + 1
    return z, z / 3, x

#case: f32(np.float32(0.1), np.float32(0.2))
#case: f32(0.1, 0.2)
#case: f32(np.float32(1e30), np.float32(1e30))


# export mixed(int32, int)
def mixed(a, n):
    s = a
    for i in range(n):
        s = s + a
    return s, s > 0

#case: mixed(np.int32(1000000000), 2)
#case: mixed(1000000000, 2)
#case: mixed(np.int32(-5), 0)


# export as_index(uint16, float64[])
def as_index(k, a):
    return a[k], k

#case: as_index(np.uint16(1), np.array([1.5, 2.5, 3.5]))
#case: as_index(2, np.array([1.5, 2.5, 3.5]))
#case: as_index(np.uint16(7), np.array([1.5, 2.5, 3.5]))
