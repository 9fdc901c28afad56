"""NumPy reductions along an axis (incl. negative), std/var with ddof, cumsum/cumprod."""

import numpy as np

# export sums2(float[:,:])
# export sums2i(int[:,:])
# export sums2b(bool[:,:])
# export axis_arg(float[:,:], int)
# export sums1(float[])
# export sums3(float[:,:,:], int)
# export minmax2(float[:,:])
# export minmax2i(int[:,:])
# export args2(float[:,:], int)
# export anyall(float[:,:], int)
# export stats(float[:,:])
# export stats_ddof(float[:,:], int)
# export stats1(float[])
# export stats_c(complex[])
# export cums(int[:,:])
# export cumsf(float[:,:], int)
# export fn_forms(float[:,:])
# export complex_axis(complex[:,:])
# export expr_axis(float[:,:], float[:,:])
# export expr_axis_int(int[:,:], int[:,:], int)
# export tuple_axes(float[:,:,:])
# export keepdims(float[:,:], int)
# export tuple_axes_bad(float[:,:], int)


def sums2(a):
    return a.sum(axis=0), a.sum(axis=1), a.sum(axis=-1), a.prod(axis=0), a.mean(axis=1), a.mean(axis=-2)


#case: sums2(np.arange(12.0).reshape(3, 4))
#case: sums2(np.array([[1.5, np.nan], [2.0, 3.0]]))
#case: sums2(np.zeros((0, 3)))
#case: sums2(np.zeros((3, 0)))


def sums2i(a):
    return a.sum(0), a.sum(axis=1), a.prod(axis=1), a.mean(axis=0), np.sum(a, axis=-1)


#case: sums2i(np.arange(12).reshape(3, 4) - 5)
#case: sums2i(np.zeros((2, 0), dtype=np.int64))


def sums2b(a):
    return a.sum(axis=0), a.any(axis=1), a.all(axis=0), a.min(axis=0), a.max(axis=1), a.mean(axis=1)


#case: sums2b(np.array([[True, False, True], [False, False, True]]))


def axis_arg(a, k):
    return a.sum(axis=k), a.max(axis=k), np.mean(a, k)


#case: axis_arg(np.arange(6.0).reshape(2, 3), 0)
#case: axis_arg(np.arange(6.0).reshape(2, 3), -1)
#case: axis_arg(np.arange(6.0).reshape(2, 3), 2)
#case: axis_arg(np.arange(6.0).reshape(2, 3), -3)


def sums1(a):
    return a.sum(axis=0), a.mean(axis=-1), a.max(axis=0), a.argmax(axis=0), np.prod(a, axis=0)


#case: sums1(np.array([3.0, -1.0, 7.5, 2.0]))
#case: sums1(np.array([3.0]))
#case: sums1(np.zeros(0))


def sums3(a, k):
    return a.sum(axis=k), a.min(axis=k), a.argmin(axis=k), a.std(axis=k), a.cumsum(axis=k)


#case: sums3(np.arange(24.0).reshape(2, 3, 4) % 7, 0)
#case: sums3(np.arange(24.0).reshape(2, 3, 4) % 7, 1)
#case: sums3(np.arange(24.0).reshape(2, 3, 4) % 7, -1)
#case: sums3(np.arange(24.0).reshape(2, 3, 4) % 7, 3)


def minmax2(a):
    return a.min(axis=0), a.max(axis=1), np.amin(a, axis=1), np.amax(a, axis=0), np.min(a, 0), np.max(a, axis=-1)


#case: minmax2(np.array([[1.0, -2.0, 3.0], [0.5, 8.0, -9.0]]))
#case: minmax2(np.array([[1.0, np.nan, 3.0], [0.5, 8.0, -9.0]]))
#case: minmax2(np.zeros((0, 3)))
#case: minmax2(np.zeros((2, 0)))


def minmax2i(a):
    return a.min(axis=0), a.max(axis=1), a.argmin(axis=0), a.argmax(axis=-1)


#case: minmax2i(np.array([[1, -2, 3], [1, 8, -9], [4, 8, 0]]))


def args2(a, k):
    return a.argmin(axis=k), a.argmax(axis=k), np.argmin(a, axis=k), np.argmax(a, k)


#case: args2(np.array([[1.0, -2.0, 3.0], [0.5, 8.0, -9.0]]), 0)
#case: args2(np.array([[1.0, -2.0, 3.0], [0.5, 8.0, -9.0]]), 1)
#case: args2(np.array([[1.0, np.nan, 3.0], [np.nan, 8.0, np.nan]]), 1)
#case: args2(np.array([[2.0, 2.0], [2.0, 2.0]]), -1)
#case: args2(np.zeros((3, 0)), 1)
#case: args2(np.zeros((3, 0)), 0)


def anyall(a, k):
    return a.any(axis=k), a.all(axis=k), np.any(a > 1.0, axis=k), np.all(a, k)


#case: anyall(np.array([[0.0, 2.0, 0.0], [1.0, 3.0, 0.0]]), 0)
#case: anyall(np.array([[0.0, 2.0, 0.0], [1.0, 3.0, 0.0]]), -1)
#case: anyall(np.zeros((0, 2)), 0)


def stats(a):
    return a.std(), a.var(), a.std(axis=0), a.var(axis=1), np.std(a), np.var(a, axis=0), np.std(a, axis=-1)


#case: stats(np.array([[1.0, 2.0, 4.0], [7.0, -1.0, 0.5]]))
#case: stats(np.array([[1.0, np.nan], [2.0, 3.0]]))
#case: stats(np.ones((1, 1)))


def stats_ddof(a, d):
    return a.std(ddof=d), a.var(ddof=d), a.std(axis=0, ddof=d), np.var(a, axis=1, ddof=d), np.std(a, ddof=d)


#case: stats_ddof(np.array([[1.0, 2.0, 4.0], [7.0, -1.0, 0.5]]), 1)
#case: stats_ddof(np.array([[1.0, 2.0, 4.0], [7.0, -1.0, 0.5]]), 0)
#case: stats_ddof(np.array([[1.0, 2.0, 4.0], [7.0, -1.0, 0.5]]), 2)
#case: stats_ddof(np.array([[1.0, 2.0, 4.0], [7.0, -1.0, 0.5]]), 5)


def stats1(x):
    return x.std(), x.var(), np.std(x, axis=0), x.var(ddof=1), x.cumsum(), x.cumprod(), np.cumsum(x), np.cumprod(x, axis=0)


#case: stats1(np.array([1.0, 2.0, 3.0, 4.5]))
#case: stats1(np.zeros(0))
#case: stats1(np.array([2.0]))


def stats_c(z):
    return z.std(), z.var(), z.mean(), z.cumsum(), z.cumprod(), z.sum(axis=0)


#case: stats_c(np.array([1 + 2j, 3 - 1j, -0.5j]))


def cums(a):
    return a.cumsum(), a.cumprod(), a.cumsum(axis=0), a.cumsum(axis=1), np.cumprod(a, axis=-1), (a > 2).cumsum()


#case: cums(np.arange(1, 13).reshape(3, 4))
#case: cums(np.zeros((0, 4), dtype=np.int64))


def cumsf(a, k):
    return a.cumsum(axis=k), a.cumprod(axis=k), np.cumsum(a, k)


#case: cumsf(np.arange(1.0, 7.0).reshape(2, 3), 0)
#case: cumsf(np.arange(1.0, 7.0).reshape(2, 3), -1)
#case: cumsf(np.arange(1.0, 7.0).reshape(2, 3), 2)


def fn_forms(a):
    s = np.sum(a, axis=0)
    t = np.mean(a, axis=1)
    return s, t, s.sum(), (a * 2.0).sum(axis=1), a.T.sum(axis=0), a[:, ::-1].cumsum(axis=1)


#case: fn_forms(np.arange(6.0).reshape(2, 3))


def complex_axis(a):
    return a.sum(axis=0), a.prod(axis=1), a.mean(axis=0), a.any(axis=1), a.std(axis=1), a.var(axis=0)


#case: complex_axis(np.array([[1 + 1j, 2.0], [0j, -1j]]))


def expr_axis(a, b):
    return ((a - b) ** 2).sum(axis=1), np.sqrt(((a - b) ** 2).sum(axis=-1)), (a * b).mean(axis=0)


#case: expr_axis(np.arange(6.0).reshape(2, 3), np.ones((2, 3)))
#case: expr_axis(np.arange(6.0).reshape(2, 3), np.ones((3, 2)))


def expr_axis_int(a, b, k):
    return (a * b).sum(axis=0), (a // b).sum(axis=1), np.sum(a - b[0], axis=k), (a * 2).mean(axis=k)


#case: expr_axis_int(np.arange(6).reshape(2, 3) - 2, np.array([[1, 2, 3], [-4, 5, 7]]), 0)
#case: expr_axis_int(np.arange(6).reshape(2, 3) - 2, np.array([[1, 2, 3], [-4, 5, 7]]), -1)
#case: expr_axis_int(np.arange(6).reshape(2, 3) - 2, np.array([[1, 2, 3], [-4, 5, 7]]), 2)
#case: expr_axis_int(np.arange(6).reshape(2, 3), np.array([[1, 0, 3], [4, 5, 7]]), 1)
#case: expr_axis_int(np.arange(6).reshape(2, 3), np.ones((3, 3), dtype=np.int64), 1)
#case: expr_axis_int(np.full((2, 3), 2**62), np.full((2, 3), 3), 0)


def tuple_axes(a):
    return (a.sum(axis=(0, 2)), a.max(axis=(1, 2)), np.mean(a, axis=(0, 1)), a.std(axis=(2, 0)),
            a.sum(axis=(0, 1, 2)), np.any(a > 5.0, axis=(-1, 0)), a.min(axis=(1,)), a.var(axis=(0, 1), ddof=1))


#case: tuple_axes(np.arange(24.0).reshape(2, 3, 4) % 7.0)
#case: tuple_axes(np.zeros((2, 0, 3)))


def tuple_axes_bad(m, k):
    return m.sum(axis=(0, k))


#case: tuple_axes_bad(np.ones((2, 3)), 1)
#case: tuple_axes_bad(np.ones((2, 3)), 0)
#case: tuple_axes_bad(np.ones((2, 3)), -2)
#case: tuple_axes_bad(np.ones((2, 3)), 2)


def keepdims(m, k):
    soft = np.exp(m - m.max(axis=1, keepdims=True))
    soft = soft / soft.sum(axis=1, keepdims=True)
    return (soft, m.sum(keepdims=True), np.mean(m, axis=k, keepdims=True), m.std(axis=0, ddof=1, keepdims=True),
            m.argmax(axis=k, keepdims=True), np.any(m > 1.0, axis=(0, 1), keepdims=True), m.min(axis=k, keepdims=False))


#case: keepdims(np.arange(6.0).reshape(2, 3) / 2.0, 0)
#case: keepdims(np.arange(6.0).reshape(2, 3) / 2.0, -1)
#case: keepdims(np.arange(6.0).reshape(2, 3) / 2.0, 2)
