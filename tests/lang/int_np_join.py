"""A variable that is a Python int on some paths and a numpy.int64 on others (`t = 0` then
`t += a[i]` over an int64 array: an int if the loop does not run): with a numpy int64 or
float64 the result's type is known — numpy converts the Python int as it would the int64 —
so `2 * a[0] * t` is a numpy.int64 and may meet a numpy.float32; with Python ints it stays
an int of either kind. Results keep CPython's exact types."""
import numpy as np


# export accumulate(int64[])
def accumulate(a):
    t = 0
    for i in range(len(a)):
        t += a[i]
    return t

#case: accumulate(np.array([1, 2, 3], dtype=np.int64))
#case: accumulate(np.array([], dtype=np.int64))
#case: accumulate(np.array([2**62, 2**62], dtype=np.int64))


# export energy(int64[], float32)
def energy(field, beta):
    total = 0
    for i in range(len(field)):
        total += field[i]
    dE = 2 * field[0] * total
    return np.exp(-dE * beta), dE

#case: energy(np.array([1, -1, 1], dtype=np.int64), np.float32(0.4))
#case: energy(np.array([3], dtype=np.int64), np.float32(-0.1))


# export ising_like(int64[])
def ising_like(field):
    return upd(field, np.float32(0.25))

def upd(field, beta):
    total = 0
    for i in range(len(field)):
        total += field[i]
    dE = 2 * field[0] * total
    return np.exp(-dE * beta)

#case: ising_like(np.array([1, 1, -1, 1], dtype=np.int64))
#case: ising_like(np.array([-1], dtype=np.int64))


# export mixed_ops(int64[], int)
def mixed_ops(a, k):
    t = 0
    for x in a:
        t += x
    u = t * k + 1
    v = -t
    w = t // 2
    z = t % 3
    b = t & 7
    f = t / 2
    g = t * 1.5
    return u, v, w, z, b, f, g, bool(t > k), bool(t == 0)

#case: mixed_ops(np.array([5, 6], dtype=np.int64), 3)
#case: mixed_ops(np.array([], dtype=np.int64), 3)
#case: mixed_ops(np.array([-7], dtype=np.int64), -2)


# export with_np_float(int64[], float64[])
def with_np_float(a, b):
    t = 0
    for x in a:
        t += x
    return t * b[0], t + b[0], b[0] / (t + 1), t ** 2

#case: with_np_float(np.array([1, 2], dtype=np.int64), np.array([0.5]))
#case: with_np_float(np.array([], dtype=np.int64), np.array([0.5]))


# export with_arrays(int64[], float64[])
def with_arrays(a, b):
    t = 0
    for x in a:
        t += x
    return a * t, b * t, a + t

#case: with_arrays(np.array([1, 2], dtype=np.int64), np.array([0.5, 2.0]))
#case: with_arrays(np.array([], dtype=np.int64), np.array([], dtype=np.float64))


# export count_above(float64[], float)
def count_above(a, th):
    n = 0
    for x in a:
        n += x > th
    return n, n * a[0] if len(a) else n

#case: count_above(np.array([0.5, 2.0, 3.0]), 1.0)
#case: count_above(np.array([]), 1.0)


# export store_back(int64[])
def store_back(a):
    t = 0
    for i in range(len(a)):
        t += a[i]
    out = np.zeros(2, dtype=np.int64)
    out[0] = t
    lst = [t, t]
    return out, lst, abs(t), str(t), max(t, 1)

#case: store_back(np.array([4, -9], dtype=np.int64))
#case: store_back(np.array([], dtype=np.int64))
