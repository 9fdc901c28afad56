"""Arrays of every numpy dtype: int8…uint64, float32, complex64 in and out, element reads as
numpy scalars of their type, arithmetic that wraps (ints) or rounds (float32) like numpy,
NEP 50 promotion with Python numbers (weak) and numpy scalars (strong), numpy's OverflowError
for Python ints out of range, casts with astype/dtype=, reductions with numpy's result types."""

import numpy as np

# export add_wrap(int8[], int8[])
# export add_wrap(uint8[], uint8[])
# export add_wrap(int16[], int16[])
# export add_wrap(int32[], int32[])
# export add_wrap(uint32[], uint32[])
# export add_wrap(float32[], float32[])
# export add_wrap(complex64[], complex64[])
# export mixed(int8[], uint8[])
# export mixed(int16[], float32[])
# export mixed(int32[], float32[])
# export mixed(uint64[], int64[])
# export mixed(float32[], float64[])
# export mixed(complex64[], float64[])
# export weak_int(int8[], int)
# export weak_int(uint8[], int)
# export weak_int(float32[], int)
# export weak_float(float32[], float)
# export weak_float(int16[], float)
# export weak_complex(float32[], complex)
# export div_all(int8[], int8[])
# export div_all(uint16[], uint16[])
# export div_all(float32[], float32[])
# export element_ops(int8[], int)
# export element_ops(uint8[], int)
# export element_ops(float32[], int)
# export f32_scalar(float32[], float)
# export loop_sum(float32[])
# export loop_sum(int8[])
# export reductions(int8[])
# export reductions(uint8[])
# export reductions(int32[:,:])
# export reductions(float32[])
# export reductions(uint16[])
# export float_reductions(float32[])
# export float_reductions(complex64[])
# export ufuncs32(float32[])
# export ufuncs_int16(int16[])
# export casts(float64[])
# export casts(int64[])
# export store_scalar(int8[], int)
# export store_scalar(uint8[], int)
# export store_float(int8[], float)
# export store_float(float32[], float)
# export slice_store(int16[], int)
# export iadd(int8[], int)
# export iadd(float32[], float)
# export iadd_arrays(int8[], int64[])
# export make(int)
# export compare(float32[], float)
# export compare(int8[], int)
# export neg_abs(int8[])
# export neg_abs(float32[])
# export passthrough(uint64[:,:])
# export passthrough(complex64[:,:])
# export shifts(int8[], int8[])
# export shifts(uint16[], uint16[])
# export sort_unique(int16[])
# export sort_unique(float32[])
# export minmax(uint8[])
# export minmax(float32[:,:])
# export scalar_types(int, float)
# export scalar_of_np(float64[], int64[])
# export dtype_attr(float32[])
# export dtype_attr(int8[:,:])
# export dtype_attr(float64[])
# export astype_all(int16[])


def add_wrap(a, b):
    return a + b, a * b, a - b


def mixed(a, b):
    return a + b, b * a


def weak_int(a, k):
    return a + k, k * a, a - k


def weak_float(a, x):
    return a + x, a * x


def weak_complex(a, z):
    return a + z


def div_all(a, b):
    return a / b, a // b, a % b


def element_ops(a, k):
    x = a[0]
    y = a[1]
    return x + y, x * k, x - y, x // 3, x * y, y + 1


def f32_scalar(a, x):
    s = a[0] * a[1] + x
    t = a[0] / a[1]
    return s, t, a[0] ** 2


def loop_sum(a):
    s = a[0]
    for i in range(1, a.shape[0]):
        s = s + a[i]
    return s


def reductions(a):
    return a.sum(), a.max(), a.min(), a.mean(), np.sum(a), a.prod(), a.argmax()


def float_reductions(a):
    return a.sum(), a.mean(), np.cumsum(a)


def ufuncs32(a):
    return np.sqrt(np.abs(a)), np.exp(a * 0.1), np.sin(a), np.floor(a * 2.5), np.hypot(a, a)


def ufuncs_int16(a):
    return np.sqrt(np.abs(a)), np.sin(a), np.floor(a)


def casts(a):
    return (a.astype(np.int8), a.astype(np.uint8), a.astype(np.int32), a.astype(np.uint32),
            a.astype(np.float32), a.astype(np.complex64), a.astype(np.uint16), a.astype(np.int16))


def store_scalar(a, k):
    a[0] = k
    return a


def store_float(a, x):
    a[1] = x
    return a


def slice_store(a, k):
    a[1:] = k
    return a


def iadd(a, k):
    a += k
    a[0] += k
    return a


def iadd_arrays(a, b):
    a += b
    return a


def make(n):
    a = np.zeros(n, dtype=np.float32)
    b = np.arange(n).astype(np.int8)
    c = np.ones((n, 2), np.uint8)
    d = np.full(n, 3, dtype=np.int16)
    for i in range(n):
        a[i] = i * 0.1
    return a, b * 50, c + 255, d, np.array([1.5, 2.5], dtype=np.float32)


def compare(a, x):
    return a < x, a == x, a[0] >= x


def neg_abs(a):
    return -a, np.abs(a), -a[0]


def passthrough(a):
    b = a[::-1, :]
    return b, a.T.copy(), a[0, 0]


def shifts(a, b):
    return a << b, a >> b, a & b, a | b, ~a


def sort_unique(a):
    return np.sort(a), np.unique(a), np.argsort(a)


def minmax(a):
    return a.max(), a.min(), np.max(a)

def scalar_types(k, x):
    return np.int8(k), np.uint8(k), np.float32(x), np.int16(x), np.complex64(x), np.float32(k), np.int64(x), np.float64(k)


def scalar_of_np(a, b):
    return np.int8(b[0]), np.float32(a[0]), np.uint16(a[1]), np.int8(a[1])


def dtype_attr(a):
    b = np.zeros(3, dtype=a.dtype)
    return a.dtype == np.float32, a.dtype != np.int8, a.itemsize, a.nbytes, b, np.float32(a.size) * 2


def astype_all(a):
    return np.float32(a), np.uint8(a) + 1, a.astype(np.complex64) * 1j

#case: add_wrap(np.array([100, -100, 127, 0], np.int8), np.array([100, -100, 1, -128], np.int8))
#case: add_wrap(np.array([200, 255, 0], np.uint8), np.array([100, 1, 1], np.uint8))
#case: add_wrap(np.array([30000, -32768], np.int16), np.array([30000, -1], np.int16))
#case: add_wrap(np.array([2**31 - 1, 5], np.int32), np.array([1, 2**30], np.int32))
#case: add_wrap(np.array([2**32 - 1, 70000], np.uint32), np.array([2, 70000], np.uint32))
#case: add_wrap(np.array([0.1, 1e30, 3.5, -0.0], np.float32), np.array([0.2, 1e30, 1e-8, 0.0], np.float32))
#case: add_wrap(np.array([0.1 + 0.2j, 1e30 - 1j], np.complex64), np.array([0.3 - 0.1j, 2 + 1e30j], np.complex64))
#case: mixed(np.array([-1, 100], np.int8), np.array([255, 200], np.uint8))
#case: mixed(np.array([-1, 30000], np.int16), np.array([0.1, 2.5], np.float32))
#case: mixed(np.array([-1, 2**31 - 1], np.int32), np.array([0.1, 2.5], np.float32))
#case: mixed(np.array([1, 2**63, 2**64 - 1], np.uint64), np.array([-1, 5, 3], np.int64))
#case: mixed(np.array([0.1, 3.3], np.float32), np.array([0.1, 1e-3]))
#case: mixed(np.array([0.1 + 1j, 3.3], np.complex64), np.array([0.1, 1e-3]))
#case: weak_int(np.array([1, -5, 100], np.int8), 27)
#case: weak_int(np.array([1, -5, 100], np.int8), 300)
#case: weak_int(np.array([1, 5, 200], np.uint8), 100)
#case: weak_int(np.array([1, 5, 200], np.uint8), -1)
#case: weak_int(np.array([0.1, 5.5], np.float32), 3)
#case: weak_int(np.array([0.1, 5.5], np.float32), 2**40 + 1)
#case: weak_float(np.array([0.1, 5.5, 1e38], np.float32), 0.1)
#case: weak_float(np.array([1, -7], np.int16), 0.1)
#case: weak_complex(np.array([0.1, 5.5], np.float32), 0.1 + 2j)
#case: div_all(np.array([7, -7, -128, 5], np.int8), np.array([2, 2, -1, 0], np.int8))
#case: div_all(np.array([7, 65535, 5], np.uint16), np.array([2, 3, 0], np.uint16))
#case: div_all(np.array([7.5, -7.25, 1.0, 0.0], np.float32), np.array([2.0, 0.1, 0.0, 0.0], np.float32))
#case: element_ops(np.array([100, 50, 3], np.int8), 2)
#case: element_ops(np.array([100, 50, 3], np.int8), 200)
#case: element_ops(np.array([200, 100, 3], np.uint8), 2)
#case: element_ops(np.array([0.1, 0.7, 3], np.float32), 3)
#case: f32_scalar(np.array([0.1, 0.3], np.float32), 0.2)
#case: loop_sum(np.array([0.1, 0.2, 0.3, 1e-8, 7.1], np.float32))
#case: loop_sum(np.array([100, 100, 100, -5], np.int8))
#case: reductions(np.array([100, 100, -128, 5], np.int8))
#case: reductions(np.array([200, 255, 7], np.uint8))
#case: reductions(np.array([[2**31 - 1, 5], [-3, 2**31 - 1]], np.int32))
#case: reductions(np.array([0.1, 0.2, 1e-3, 7.5], np.float32))
#case: reductions(np.array([65535, 2, 9], np.uint16))
#case: float_reductions(np.linspace(0, 1, 1001).astype(np.float32))
#case: float_reductions(np.array([0.1 + 1j, 0.2, 1e-3j], np.complex64))
#case: ufuncs32(np.array([0.5, -2.25, 100.0, 1e-30, -0.0, np.inf, np.nan], np.float32))
#case: ufuncs_int16(np.array([4, -9, 32767, -32768], np.int16))
#case: casts(np.array([300.7, -300.7, np.nan, np.inf, -np.inf, 1e20, -129.5, 255.9, 70000.5, 3e9, -1.5]))
#case: casts(np.array([300, -1, 2**40 + 3, -2**63, 2**53 + 1], np.int64))
#case: store_scalar(np.zeros(3, np.int8), 100)
#case: store_scalar(np.zeros(3, np.int8), 300)
#case: store_scalar(np.zeros(3, np.uint8), -1)
#case: store_float(np.zeros(3, np.int8), 3.7)
#case: store_float(np.zeros(3, np.int8), 300.0)
#case: store_float(np.zeros(3, np.int8), float("nan"))
#case: store_float(np.zeros(3, np.float32), 0.1)
#case: slice_store(np.zeros(3, np.int16), 7)
#case: slice_store(np.zeros(3, np.int16), 40000)
#case: iadd(np.array([100, 1, -128], np.int8), 100)
#case: iadd(np.array([100, 1, -128], np.int8), 300)
#case: iadd(np.array([0.1, 1, 3e38], np.float32), 0.1)
#case: iadd_arrays(np.array([100, 1, -128], np.int8), np.array([100, 300, -1]))
#case: make(5)
#case: compare(np.array([0.1, 0.2, 0.3], np.float32), 0.1)
#case: compare(np.array([0.1, 0.2, 0.3], np.float32), 0.2)
#case: compare(np.array([1, 127, -128], np.int8), 300)
#case: compare(np.array([1, 127, -128], np.int8), 1)
#case: neg_abs(np.array([-128, 5, 127], np.int8))
#case: neg_abs(np.array([-0.1, 0.0, np.inf], np.float32))
#case: passthrough(np.array([[1, 2**64 - 1], [2**63, 0]], np.uint64))
#case: passthrough(np.array([[1 + 1j, 2], [0.1j, 0]], np.complex64))
#case: shifts(np.array([1, -128, 64, 5], np.int8), np.array([7, 3, 1, 9], np.int8))
#case: shifts(np.array([1, 65535, 64], np.uint16), np.array([15, 3, 17], np.uint16))
#case: sort_unique(np.array([5, -3, 5, 32767, -32768], np.int16))
#case: sort_unique(np.array([0.5, np.nan, -3.5, 0.5], np.float32))
#case: minmax(np.array([5, 255, 0], np.uint8))
#case: minmax(np.array([[0.5, -3.5], [7.25, 1e-30]], np.float32))
#case: scalar_types(100, 3.7)
#case: scalar_types(300, 3.7)
#case: scalar_types(-1, 3.7)
#case: scalar_types(5, 300.0)
#case: scalar_types(5, 40000.5)
#case: scalar_of_np(np.array([0.1, 300.7]), np.array([300, 2]))
#case: scalar_of_np(np.array([1e40, -1.0]), np.array([-129, 2]))
#case: dtype_attr(np.array([0.1, 0.2], np.float32))
#case: dtype_attr(np.zeros((2, 3), np.int8))
#case: dtype_attr(np.array([0.1, 0.2]))
#case: astype_all(np.array([300, -1, 32767], np.int16))


# export complex_loops(complex64[], complex64[])
# export complex_loops(complex[], complex[])
def complex_loops(a, b):
    c = a.copy()
    c *= b
    return a * b, a / b, a * a, a ** 2, np.square(a), np.abs(a), abs(a), c, a[0] * b[0]

#case: complex_loops(np.array([1+2j, 3-4j, np.inf, np.nan, 0j], dtype=np.complex64), np.array([2-1j, 0.5+0.25j, 1j, 2, 1+1j], dtype=np.complex64))
#case: complex_loops(np.array([1+2j, 3-4j, complex(np.inf, np.nan), 0j]), np.array([2-1j, 0.5+0.25j, 1j, 0j]))


# export abs_views(complex64[:,::])
# export abs_views(complex[:,::])
def abs_views(m):
    # numpy's complex `absolute` takes its scalar loop (hypot) for an array it runs through
    # backwards as one run (a reversed row, a matrix reversed on both axes), its vector loop
    # otherwise
    return (np.abs(m), np.abs(m[::-1]), abs(m[::-1, ::-1]), np.abs(m[:, ::-1]), np.abs(m.T[::-1, ::-1]),
            np.abs(m[0, ::-1]), np.abs(m[:, :1][::-1]), np.abs(m[::-1, ::-1]) ** 2 + 1.0,
            np.sum(np.abs(m[::-1, ::-1]), axis=1), np.abs(m[::-2, ::-1]))

#case: abs_views(np.array([[1+2j, 3-4j, 0j], [-1e-3+5j, 7j, -2]], dtype=np.complex64))
#case: abs_views((np.arange(12.0) - 3.5j).reshape(3, 4) / 7)


# export inplace_mixed(int8[], int16[])
# export inplace_mixed(float32[], int16[])
def inplace_mixed(a, b):
    c = a.copy()
    c *= b
    c += b
    return c

#case: inplace_mixed(np.array([1, -2, 100, 127], dtype=np.int8), np.array([300, 2, 3, -1000], dtype=np.int16))
#case: inplace_mixed(np.array([1.5, -2.0, 0.75, 3.25], dtype=np.float32), np.array([1, 2, 300, -7], dtype=np.int16))


# export abs_scalars(int8[], float32[], complex64[])
def abs_scalars(a, x, z):
    return abs(a[0]), abs(a[1]), abs(x[0]), abs(z[0]), abs(a), abs(a) > 0

#case: abs_scalars(np.array([-128, -5, 7], dtype=np.int8), np.array([-1.5], dtype=np.float32), np.array([3+4j], dtype=np.complex64))
#case: abs_scalars(np.array([127, -127], dtype=np.int8), np.array([np.inf], dtype=np.float32), np.array([complex(np.inf, np.nan)], dtype=np.complex64))


# export complex_funcs(complex[])
# export complex_funcs(complex64[])
def complex_funcs(z):
    return ((np.sqrt(z), np.exp(z), np.log(z), np.log10(z), np.log2(z), np.log1p(z), np.expm1(z)),
            (np.sin(z), np.cos(z), np.tan(z), np.arcsin(z), np.arccos(z), np.arctan(z)),
            (np.sinh(z), np.cosh(z), np.tanh(z), np.sign(z)))

#case: complex_funcs(np.array([1 + 2j, -0.5 + 0.25j, 3 - 1j, 0.1j, -2.0 + 0j]))
#case: complex_funcs(np.array([1 + 2j, -0.5 + 0.25j, 3 - 1j], dtype=np.complex64))
