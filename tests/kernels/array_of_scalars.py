"""`np.array` of a list display of numbers (`np.array([x, y])`) and of a tuple of numbers: the
values stored straight into the array's buffer (`rt::numpy::creation::from_items`,
`NdArray::from_array`), a small array kept inside its reference-counted buffer value (one
allocation: `Buffer`'s inline storage, `runtime/src/numpy/ndarray.rs`). numpy's dtype rules
(ints give int64, ints and floats float64, bools bool, any complex complex128), its values bit
for bit (-0.0, NaN, inf), arrays mutated after they are made, kept across loop turns, viewed,
returned whole or as a view, `.real`/`.imag` of a small complex array, and arrays too large for
the inline storage (more than 64 bytes)."""

import numpy as np


# export floats(float, float)
def floats(a, b):
    v = np.array([a * 2.0, b - 1.0])
    w = np.array([a])
    v[0] += 1.0
    return v, w, v.dtype == np.float64, v.sum()


#case: floats(1.5, -2.0)
#case: floats(-0.0, 0.0)
#case: floats(nan, inf)
#case: floats(1e308, -1e308)


# export ints(int, int)
def ints(a, b):
    v = np.array([a, b, a + b])
    v[1] = -v[1]
    return v, v.dtype == np.int64, v * 2


#case: ints(1, 2)
#case: ints(-(2**62), 2**62)
#case: ints(0, 0)


# export mixed(int, float)
def mixed(a, b):
    v = np.array([a, b])
    u = np.array([b, a, 3])
    return v, u, v.dtype == np.float64, u.dtype == np.float64


#case: mixed(3, 0.5)
#case: mixed(-(2**53) - 1, -0.0)
#case: mixed(0, nan)


# export bools(bool, bool)
def bools(a, b):
    v = np.array([a, b, not a])
    return v, v.dtype == np.bool_, v.any(), v.all()


#case: bools(True, False)
#case: bools(False, False)


# export complexes(complex, float)
def complexes(z, x):
    v = np.array([z, z * 2, 1j])
    u = np.array([x, z])
    r = v.real
    r[0] = -1.5
    return v, u, v.dtype == np.complex128, v.imag, r, np.abs(u)


#case: complexes(1 + 2j, 3.0)
#case: complexes(-0.0 + 0j, -0.0)
#case: complexes(complex(nan, 1.0), inf)


# export empty_list()
def empty_list():
    v = np.array([])
    return v, v.shape, v.dtype == np.float64


#case: empty_list()


# export loop_sum(float[])
def loop_sum(x):
    # a new small array each turn, mutated and added into a running array
    acc = np.zeros(2)
    prev = np.array([0.0, 0.0])
    for i in range(x.shape[0]):
        f = np.array([x[i], -x[i] * 0.5])
        f[1] += prev[0]
        acc += f
        prev = f
    return acc, prev


#case: loop_sum(np.array([1.0, 2.0, 3.5]))
#case: loop_sum(np.array([]))
#case: loop_sum(np.array([1.0, nan, -0.0]))
#case: loop_sum(np.linspace(-1, 1, 7))


# export views(float, float, float)
def views(a, b, c):
    v = np.array([a, b, c])
    r = v[::-1]
    r[0] = 10.0
    return v, r, v[1:]


#case: views(1.0, 2.0, 3.0)


# export reversed_view(float, float, float)
def reversed_view(a, b, c):
    return np.array([a, b, c])[::-1]


#case: reversed_view(1.0, -2.0, 3.0)


# export large(float)
def large(x):
    # 9 floats (72 bytes) and 20 ints: beyond the inline storage
    v = np.array([x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8])
    w = np.array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20])
    v[8] = -v[8]
    return v, w.sum(), v.reshape(3, 3)


#case: large(0.5)
#case: large(nan)


# export tuples(float, int)
def tuples(a, n):
    t = np.array((a, n))
    p = np.array(((a, 1.0), (2.0, a)))
    q = np.array((n, n + 1, -n))
    p[1, 1] = 7.0
    return t, p, q, t.dtype == np.float64, q.dtype == np.int64


#case: tuples(1.5, 2)
#case: tuples(-0.0, -(2**60))


# export typed(float, float)
def typed(a, b):
    v = np.array([a, b], dtype=np.float32)
    w = np.array([a, b], dtype=np.int64)
    return v, w


#case: typed(1.25, -3.75)
#case: typed(1e10, 0.5)
