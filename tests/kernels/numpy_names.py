"""Every numpy name issue 4 lists, each at least once, against numpy itself: creation,
element-wise functions, reductions and the others, array attributes and methods. The three
import styles are used: `import numpy as np`, `import numpy`, `from numpy import ...`."""

import numpy
import numpy as np
from numpy import sqrt, zeros, absolute

# export creation(int, float)
# export creation_like(float[:,:])
# export creation_like(int32[:])
# export from_lists(float list, int)
# export from_tuples(int, float)
# export stacking(float[], float[])
# export stacking2(int[:,:], int[:,:])
# export where_fn(float[], float[])
# export mesh(float[], float[])
# export unary_float(float[])
# export unary_float(float32[])
# export unary_float(int[])
# export unary_complex(complex[])
# export unary_complex(complex64[])
# export unary_complex_scalar(complex)
# export rounding(float[])
# export rounding(int[])
# export signs(float[])
# export signs(int8[])
# export signs(complex[])
# export binary(float[], float[])
# export binary(int[], int[])
# export binary_f32(float32[], float)
# export clipping(float[], float, float)
# export clipping(int[], int, int)
# export nan_tests(float[])
# export nan_tests(int[])
# export nan_tests(complex[])
# export complex_parts(complex[])
# export complex_parts(float[])
# export reductions(float[:,:])
# export reductions(int[:,:])
# export reductions(bool[:,:])
# export reductions(float32[:,:])
# export reductions_complex(complex[:,:])
# export cumulative(int[:,:])
# export cumulative(float[:])
# export others(float[:,:])
# export others(int[:,:])
# export counting(int[])
# export sorting(float[])
# export sorting(int[:,:])
# export products(float[:,:], float[:,:])
# export products(int[:,:], int[:,:])
# export vec_products(complex[], complex[])
# export vec_products(float[], float[])
# export norms(float[:,:])
# export norms(complex[])
# export attributes(float[:,::])
# export attributes(int8[:,:,:])
# export attributes(complex64[:])
# export methods(float[:,:])
# export methods(int[:,:])
# export methods(float32[:,:])
# export method_sort(float[])
# export method_dot(float[:,:], float[])
# export method_item(int[:,::])
# export method_fill(int16[:])
# export empty_reductions(float[])
# export sized_unary(int8[])
# export sized_unary(uint8[])
# export sized_unary(int16[])
# export sized_unary(float32[])
# export sized_complex(complex64[])
# export edge_elementwise(float[])
# export edge_elementwise(float32[])
# export edge_int(int[], int)
# export edge_creation(int, float)
# export edge_shapes(float[:,:], float[])
# export edge_reduce(float[])
# export edge_reduce2(bool[:,:], int8[:,:])
# export sized_products(float32[:,:], int8[:,:], complex64[])
# export sized_others(int8[:,:], float32[:,:], uint16[], complex64[:,:], bool[:,:])
# export angles(float32[], int16[], int[])
# export sized_scalars(int, float)
# export bad_shapes(float[], float[])
# export bad_shapes(int[], int[])


def creation(n, v):
    a = np.zeros(n)
    b = np.ones((n, 2), dtype=np.int32)
    c = np.empty(n)
    c[:] = 1.5
    d = np.full((2, n), v)
    e = np.arange(n)
    f = np.arange(1.0, v, 0.5)
    g = np.linspace(0.0, v, n)
    h = numpy.eye(n, 3, 1)
    i = np.identity(n, dtype=np.int8)
    j = np.diag(np.arange(n))
    k = np.diag(h, -1)
    m = zeros((n, n), dtype=bool)
    return a, b, c, d, e, f, g, h, i, j, k, m


#case: creation(3, 2.5)
#case: creation(0, 2.5)
#case: creation(1, -1.0)


def creation_like(a):
    return np.zeros_like(a), np.ones_like(a), np.full_like(a, 7), np.empty_like(a).shape, np.copy(a), np.asarray(a), np.array(a)


#case: creation_like(np.arange(6.0).reshape(2, 3))
#case: creation_like(np.arange(4, dtype=np.int32))


def from_lists(xs, n):
    a = np.array(xs)
    b = np.array([[1, 2, 3], [4, 5, n]])
    c = np.array((1.5, 2.5, float(n)))
    d = np.asarray(xs)
    e = np.array([1.0, 2.0], dtype=np.float32)
    return a, b, c, d, e


#case: from_lists([1.0, 2.5, -3.0], 7)
#case: from_lists([], 0)


def from_tuples(n, x):
    pts = [(1, 2.5), (n, x)]
    t = ((1, 2), (3, n))
    return (np.array((n, x, True)), np.array(t), np.array(((1.5, 2), (x, n))), np.array(pts), np.array([(n, n)]),
            np.array(t, dtype=np.float32), np.asarray((1, 2)))


#case: from_tuples(3, -0.5)


def stacking(x, y):
    return np.concatenate((x, y)), np.stack((x, x)), np.stack([x, x], axis=1), np.vstack((x, x)), np.hstack((x, y))


#case: stacking(np.array([1.0, 2.0]), np.array([3.0, 4.0, 5.0]))
#case: stacking(np.array([1.0, 2.0]), np.zeros(0))


def stacking2(a, b):
    return np.concatenate((a, b), axis=1), np.vstack((a, b)), np.hstack((a, b)), np.stack((a, b), axis=-1)


#case: stacking2(np.arange(6).reshape(2, 3), np.arange(6, 12).reshape(2, 3))
#case: stacking2(np.arange(6).reshape(2, 3), np.arange(4).reshape(2, 2))


def where_fn(x, y):
    return np.where(x > y, x, y), np.where(x > 0.0, x, 0.0), np.where(x > 1.0)[0]


#case: where_fn(np.array([1.0, -2.0, 3.0]), np.array([0.5, 0.5, 4.0]))


def mesh(x, y):
    a, b = np.meshgrid(x, y)
    return a * b


#case: mesh(np.array([1.0, 2.0, 3.0]), np.array([4.0, 5.0]))


def unary_float(x):
    y = np.abs(x) + 1
    return ((np.sqrt(y), np.exp(x / 8), np.log(y), np.log10(y), np.log2(y), np.log1p(y), np.expm1(x / 8)),
            (np.sin(x), np.cos(x), np.tan(x), np.arcsin(x / 10), np.arccos(x / 10), np.arctan(x)),
            (np.sinh(x / 4), np.cosh(x / 4), np.tanh(x), np.square(x), sqrt(y)))


#case: unary_float(np.array([0.0, 1.0, -2.5, 3.75, 9.0]))
#case: unary_float(np.array([0.0, 1.0, -2.5, 3.75], dtype=np.float32))
#case: unary_float(np.array([0, 1, -2, 9]))
#case: unary_float(np.zeros(0))


def unary_complex(z):
    return ((np.exp(z), np.sqrt(z), np.log(z), np.log10(z), np.log2(z), np.log1p(z), np.expm1(z), np.sin(z)),
            (np.cos(z), np.tan(z), np.arcsin(z), np.arccos(z), np.arctan(z), np.sinh(z), np.cosh(z), np.tanh(z)),
            (np.square(z), np.abs(z), np.exp(z * 2j).sum()))


#case: unary_complex(np.array([1 + 2j, -0.5 + 0.25j, 3 - 1j, 0.1j, -2.0 + 0j]))
#case: unary_complex(np.array([1 + 2j, -0.5 + 0.25j, 3 - 1j], dtype=np.complex64))


def unary_complex_scalar(z):
    return np.exp(z), np.sqrt(z), np.log(z), np.sin(z), np.cosh(z), np.abs(z), np.angle(z), np.conj(z), np.real(z), np.imag(z)


#case: unary_complex_scalar(1 + 2j)
#case: unary_complex_scalar(-3 + 0j)


def rounding(x):
    return np.floor(x), np.ceil(x), np.round(x), np.around(x, 1), np.round(x, -1), x.round(), np.trunc(x), np.fabs(x)


#case: rounding(np.array([1.25, -2.5, 3.5, 0.5, -0.45, 15.0]))
#case: rounding(np.array([12, -25, 35, 0]))


def signs(x):
    return np.sign(x), np.abs(x), absolute(x), np.absolute(x), abs(x), -x


#case: signs(np.array([1.5, -2.0, 0.0, -0.0, np.nan]))
#case: signs(np.array([3, -4, 0, -128], dtype=np.int8))
#case: signs(np.array([3 + 4j, -1j, 0j]))


def binary(x, y):
    return (np.arctan2(x, y), np.hypot(x, y), np.power(x, 2), np.power(np.abs(x), y), np.minimum(x, y),
            np.maximum(x, y), np.fmin(x, y), np.fmax(x, y), x ** 3)


#case: binary(np.array([1.0, -2.0, 3.0, np.nan]), np.array([0.5, 2.0, -4.0, 1.0]))
#case: binary(np.array([1, -2, 3]), np.array([5, 2, 4]))


def binary_f32(x, v):
    return np.arctan2(x, v), np.hypot(x, v), np.minimum(x, v), np.power(x, 2), np.fmax(x, v)


#case: binary_f32(np.array([1.0, -2.0, 3.0], dtype=np.float32), 0.5)


def clipping(x, lo, hi):
    return np.clip(x, lo, hi), x.clip(lo, hi), np.clip(x, lo, None), np.clip(x, None, hi), np.clip(x, lo, hi).sum()


#case: clipping(np.array([1.0, -2.0, 3.0, 0.5]), -1.0, 1.0)
#case: clipping(np.array([1, -2, 3, 0]), -1, 2)


def nan_tests(x):
    return np.isnan(x), np.isinf(x), np.isfinite(x)


#case: nan_tests(np.array([1.0, np.nan, np.inf, -np.inf]))
#case: nan_tests(np.array([1, 2]))
#case: nan_tests(np.array([1 + 1j, complex(np.nan, 0), complex(0, np.inf)]))


def complex_parts(z):
    return np.conj(z), np.real(z), np.imag(z), np.angle(z), z.real, z.imag, z.conj(), z.T


#case: complex_parts(np.array([1 + 2j, -3 - 4j, 0j]))
#case: complex_parts(np.array([1.0, -3.0, 0.0]))


def reductions(a):
    return ((np.sum(a), np.prod(a), np.mean(a), np.min(a), np.amin(a), np.max(a), np.amax(a), np.argmin(a)),
            (np.argmax(a), np.any(a), np.all(a), np.sum(a, axis=0), np.mean(a, axis=1), np.max(a, axis=-1)),
            (np.argmax(a, axis=0), np.any(a, axis=1), np.all(a, axis=0), np.prod(a, axis=1), np.min(a, 0)))


#case: reductions(np.array([[1.5, -2.0, 3.0], [4.0, 0.5, -6.0]]))
#case: reductions(np.array([[1, -2, 3], [4, 0, -6]]))
#case: reductions(np.array([[True, False, True], [True, True, True]]))
#case: reductions(np.array([[1.5, -2.0, 3.0], [4.0, 0.5, -6.0]], dtype=np.float32))


def reductions_complex(a):
    return np.sum(a), np.prod(a), np.mean(a), np.std(a), np.var(a), np.any(a), np.all(a), np.sum(a, axis=0)


#case: reductions_complex(np.array([[1 + 2j, -2.0], [3j, 0.5 - 1j]]))


def cumulative(a):
    return np.cumsum(a), np.cumprod(a), np.diff(a), np.diff(a, 2), np.std(a), np.var(a), np.std(a, ddof=1)


#case: cumulative(np.array([[1, -2, 3], [4, 5, -6]]))
#case: cumulative(np.array([1.5, -2.0, 3.0, 0.25]))


def others(a):
    return (np.cumsum(a, axis=1), np.cumprod(a, axis=0), np.diff(a, axis=0), np.std(a, axis=0), np.var(a, axis=1),
            np.trace(a), np.count_nonzero(a), np.count_nonzero(a, axis=0), np.nonzero(a), np.unique(a))


#case: others(np.array([[1.5, 0.0, 3.0], [4.0, 1.5, -6.0]]))
#case: others(np.array([[1, 0, 3], [3, 5, 0]]))


def counting(x):
    return np.count_nonzero(x), np.nonzero(x)[0], np.unique(x), np.where(x)[0]


#case: counting(np.array([0, 3, 0, -1, 3]))
#case: counting(np.zeros(0, dtype=np.int64))


def sorting(a):
    return np.sort(a), np.argsort(a), np.sort(a, axis=0), np.argsort(a, axis=None)


#case: sorting(np.array([3.0, -1.0, 2.5, np.nan, 0.0]))
#case: sorting(np.array([[3, 1, 2], [0, 5, -4]]))


def products(a, b):
    return np.dot(a, b), np.matmul(a, b), a @ b, np.inner(a, a), np.outer(a, b), np.dot(a, b[0]), np.inner(a[0], b[1])


#case: products(np.arange(6.0).reshape(2, 3), np.arange(12.0).reshape(3, 4))
#case: products(np.arange(6).reshape(2, 3), np.arange(12).reshape(3, 4))
#case: products(np.arange(6).reshape(2, 3), np.arange(8).reshape(2, 4))


def vec_products(x, y):
    return np.dot(x, y), np.vdot(x, y), np.inner(x, y), np.outer(x, y), x @ y, np.matmul(x, y)


#case: vec_products(np.array([1 + 2j, 3j]), np.array([2 - 1j, 1 + 1j]))
#case: vec_products(np.array([1.0, 2.0]), np.array([3.0, -4.0]))
#case: vec_products(np.array([1.0, 2.0]), np.array([3.0]))


def norms(a):
    return np.linalg.norm(a), np.linalg.norm(a, 1), np.linalg.norm(a, np.inf)


#case: norms(np.array([[1.5, 0.0, 3.0], [4.0, 1.5, -6.0]]))
#case: norms(np.array([3 + 4j, 1j]))


def attributes(a):
    t = a.T
    return a.shape, a.ndim, a.size, a.dtype == np.float64, t.shape, a.real.shape, a.imag.sum(), a.flat[1], a.itemsize, a.nbytes, a.dtype, (a.T.dtype, a.real.dtype)


#case: attributes(np.arange(12.0).reshape(3, 4)[:, ::2])
#case: attributes(np.arange(24, dtype=np.int8).reshape(2, 3, 4))
#case: attributes(np.array([1 + 2j, 3j], dtype=np.complex64))


def methods(a):
    return ((a.copy(), a.reshape(3, 2), a.reshape((-1,)), a.ravel(), a.flatten(), a.transpose(), a.transpose(1, 0)),
            (a.astype(np.int32), a.sum(), a.prod(), a.mean(), a.std(), a.var(), a.min(), a.max(), a.argmin()),
            (a.argmax(), a.cumsum(), a.cumprod(), a.any(), a.all(), a.tolist(), a.sum(axis=0), a.max(1)),
            (a.argsort(), a.std(axis=1, ddof=1)))


#case: methods(np.array([[1.5, -2.0, 3.0], [4.0, 0.5, -6.0]]))
#case: methods(np.array([[1, -2, 3], [4, 0, -6]]))
#case: methods(np.array([[1.5, -2.0, 3.0], [4.0, 0.5, -6.0]], dtype=np.float32))


def method_sort(x):
    y = x.copy()
    y.sort()
    return y, x.argsort(), x


#case: method_sort(np.array([3.0, -1.0, 2.5, 0.0]))


def method_dot(a, x):
    return a.dot(x), a.dot(a.T), x.dot(x)


#case: method_dot(np.arange(6.0).reshape(2, 3), np.array([1.0, -1.0, 2.0]))
#case: method_dot(np.arange(6.0).reshape(2, 3), np.array([1.0, -1.0]))


def method_item(a):
    return a.item(3), a.item(-1), a[0:1, 0:1].item()


#case: method_item(np.arange(6).reshape(2, 3))
#case: method_item(np.arange(6).reshape(3, 2)[:, :1])


def method_fill(a):
    a.fill(7)
    return a, a.tolist()


#case: method_fill(np.zeros(3, dtype=np.int16))


def empty_reductions(x):
    return np.sum(x), np.prod(x), np.any(x), np.all(x), np.max(x)


#case: empty_reductions(np.zeros(0))
#case: empty_reductions(np.array([2.0]))


def sized_unary(x):
    return (np.abs(x), abs(x), np.square(x), np.sign(x), np.minimum(x, x[::-1]), np.maximum(x, 3), np.clip(x, 1, 5),
            np.sum(x), np.mean(x), np.cumsum(x), np.sort(x), np.unique(x))


#case: sized_unary(np.array([-128, 5, 0, 100, -3], dtype=np.int8))
#case: sized_unary(np.array([200, 5, 0, 100, 3], dtype=np.uint8))
#case: sized_unary(np.array([-300, 5, 0, 1000, -3], dtype=np.int16))
#case: sized_unary(np.array([-1.5, 5.25, 0.0, 1e30, -3.0], dtype=np.float32))


def sized_complex(z):
    return np.abs(z), abs(z), np.square(z), np.conj(z), np.angle(z), np.sum(z), np.mean(z), np.exp(z), np.sqrt(z), z * 2


#case: sized_complex(np.array([1 + 2j, -3 - 4j, 0.5j], dtype=np.complex64))


def sized_scalars(i, x):
    a = np.int8(i)
    f = np.float32(x)
    return np.abs(a), np.square(a), np.sign(a), np.abs(f), np.sqrt(f), np.exp(f), np.floor(f), np.isnan(f), np.real(f), np.imag(a)


#case: sized_scalars(-128, 2.5)
#case: sized_scalars(-5, -0.75)


def bad_shapes(x, y):
    return x + y, np.minimum(x, y), np.where(x > 0, x, y), np.dot(x, y)


#case: bad_shapes(np.array([1.0, 2.0]), np.array([1.0, 2.0, 3.0]))
#case: bad_shapes(np.array([1, 2]), np.array([3, 4, 5]))
#case: bad_shapes(np.array([1, 2]), np.array([3, 4]))


def angles(x, i, j):
    return np.angle(x), np.angle(i), np.angle(j), np.angle(x * 1j)


#case: angles(np.array([-1.5, 2.0], dtype=np.float32), np.array([-3, 4], dtype=np.int16), np.array([-1, 0]))


def edge_elementwise(x):
    return ((np.log(x), np.sqrt(x), np.arcsin(x), np.arccos(x), np.log1p(x), np.sign(x), np.hypot(x, np.inf)),
            (np.round(x, 2), np.round(x, -1), np.floor(x), np.clip(x, 0.0, 1.0), np.fmax(x, np.nan), np.maximum(x, np.nan)),
            # (the order of the tied zeros 0.0 and -0.0 is numpy's sorting network's: see README)
            (np.sort(x + 0.0), np.unique(x + 0.0), np.count_nonzero(x), np.argmin(x), np.argmax(x)))


#case: edge_elementwise(np.array([-1.0, 0.0, -0.0, 0.5, 2.0, np.nan, np.inf, -np.inf, 1e300]))
#case: edge_elementwise(np.array([-1.0, 0.0, 0.5, 2.0, np.nan, 1e30], dtype=np.float32))


def edge_int(x, p):
    return np.power(x, p), x ** p, np.round(x, -1), np.sign(x), x // 3, np.cumprod(x), np.diff(x > 0)


#case: edge_int(np.array([3, -4, 0, 15, -25]), 2)
#case: edge_int(np.array([3, -4, 0, 15, -25]), 0)
#case: edge_int(np.array([3, -4, 0, 15, -25]), -1)


def edge_creation(n, step):
    return (np.arange(n, 0, -1), np.arange(0.0, 1.0, step), np.linspace(0.0, 1.0, n, endpoint=False), np.linspace(2.0, 3.0, 1),
            np.eye(n, n, 5), np.eye(n, k=-1, dtype=int), np.identity(0), np.full(n, True), np.full((n, 1), 2.7, dtype=np.int8),
            np.zeros((n, 0)))


#case: edge_creation(3, 0.25)
#case: edge_creation(0, 0.5)
#case: edge_creation(2, 0.0)
#case: edge_creation(-1, 0.5)


def edge_shapes(m, v):
    return (np.concatenate((m, m), axis=-1), np.vstack((v, m[0])), np.vdot(m, m), np.trace(m), np.outer(m[0], v),
            np.reshape(m, (-1,)), m.reshape(m.shape[1], -1), np.diag(m, 1), np.diff(m, axis=1), np.hstack((v, m[:, 0])))


#case: edge_shapes(np.arange(6.0).reshape(2, 3), np.array([1.0, 2.0, 3.0]))
#case: edge_shapes(np.arange(6.0).reshape(3, 2), np.array([1.0, 2.0]))
#case: edge_shapes(np.arange(6.0).reshape(2, 3), np.array([1.0, 2.0]))


def edge_reduce(x):
    return np.mean(x), np.std(x), np.var(x, ddof=1), np.prod(x), np.cumsum(x), np.any(x), np.all(x), x.sum()


#case: edge_reduce(np.zeros(0))
#case: edge_reduce(np.array([np.nan, 1.0]))
#case: edge_reduce(np.array([2.0]))


def edge_reduce2(b, i8):
    return (b.sum(), b.sum(axis=0), np.cumsum(b), np.cumprod(b, axis=1), np.mean(b), i8.sum(), i8.prod(), i8.mean(), np.std(i8),
            i8.cumsum(axis=0), i8.max(axis=1), np.argmin(i8, axis=0))


#case: edge_reduce2(np.array([[True, False], [True, True]]), np.array([[100, 100], [-128, 127]], np.int8))


def sized_products(f, i, c):
    return (f @ f.T, np.dot(f, f[0]), np.inner(f, f), np.outer(f[0], f[1]), np.vdot(f, f), np.trace(f),
            i @ i, np.trace(i), np.count_nonzero(f), np.nonzero(i), np.vdot(c, c), np.dot(c, c))


#case: sized_products(np.array([[1.5, -2.0], [0.0, 4.25]], np.float32), np.array([[100, 2], [3, 100]], np.int8), np.array([1 + 2j, -1j], np.complex64))


def sized_others(i, f, u, c, b):
    return ((np.std(i, axis=0), np.var(f, axis=1), np.cumsum(i, axis=1), np.cumprod(f, axis=0), np.diff(i), np.diff(u),
             np.sort(i, axis=0), np.argsort(f), np.unique(u), np.where(i > 0, i, 0)),
            (np.concatenate((i, i)), np.stack((f, f)), np.vstack((u, u)), np.hstack((c, c)), np.diag(u), np.diag(i),
             np.eye(2, dtype=np.int8), np.transpose(c), np.reshape(u, (1, -1)), f.ravel()),
            (np.min(i, axis=0), np.max(f), np.argmax(u), np.mean(c, axis=0), np.any(b, axis=0), np.all(i),
             np.count_nonzero(b, axis=1), np.sum(u), np.prod(u), np.mean(u), np.std(c), i.tolist()),
            (np.minimum(i, f), np.fmax(f, 1), np.clip(u, 2, 3), np.square(c), np.sign(i), np.abs(c), i // 3, f % 2.0,
             u ** 2, c.conj(), np.isnan(f), np.floor(f)))


#case: sized_others(np.array([[1, -2], [3, 127]], np.int8), np.array([[1.5, -2.0], [0.25, 3.0]], np.float32), np.array([5, 1, 5], np.uint16), np.array([[1+1j, 2], [3j, -1]], np.complex64), np.array([[True, False], [True, True]]))
