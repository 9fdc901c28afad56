"""NumPy inside compiled code: creation, views, element-wise expressions with broadcasting,
slice assignment, reductions."""

import numpy as np
from numpy import sqrt, zeros

# export create(int)
# export views(float[:,:])
# export expr_1d(float[], float[])
# export expr_mixed(int[], float)
# export broadcast_rows(float[:,:], float[])
# export laplace_step(float[:,:], float, float)
# export euclidean(float[], float[])
# export poly(float[])
# export reductions(float[])
# export int_reductions(int[])
# export compare_mask(float[], float)
# export inplace(float[], float[])
# export fib_array(int)
# export pairwise(float[:,:])
# export newaxis_outer(float[], float[])
# export ufuncs(float[])
# export slices(int[])
# export self_overlap(float[])
# export where_clip(float[], float)
# export shape_ops(float[:,:])
# export dot1(float[], float[])
# export empty_reduce(float[])
# export any_all_arg(float[])
# export int_arg(int[:,:])
# export many_leaves(float[], float[:,:])


def create(n):
    a = np.zeros(n)
    b = np.ones((2, n), dtype=np.int64)
    c = np.full(n, 2.5)
    d = np.arange(n)
    e = np.linspace(0.0, 1.0, n)
    f = np.arange(0.5, n, 0.5)
    g = np.zeros_like(c)
    h = np.empty(3, dtype=int)
    h[0] = 7
    return a, b, c, d, e, f, g, h[0]


#case: create(5)
#case: create(1)
#case: create(0)


def views(m):
    row = m[1]
    col = m[:, -1]
    inner = m[1:-1, 1:-1]
    rev = m[::-1, ::2]
    t = m.T
    row[0] = 100.0
    return row, col, inner, rev, t, m


#case: views(np.arange(20.0).reshape(4, 5))
#case: views(np.ones((3, 3)))


def expr_1d(x, y):
    return x * 2.0 + y / 3.0 - 1.0, x ** 2, -x, abs(y), x / y


#case: expr_1d(np.array([1.0, 2.0, 3.0]), np.array([4.0, 0.0, -6.0]))
#case: expr_1d(np.zeros(0), np.zeros(0))
#case: expr_1d(np.array([1.0, 2.0]), np.array([1.0, 2.0, 3.0]))


def expr_mixed(a, s):
    return a + 1, a * s, a // 2, a % 3, a / 2, (a > 1) & (a < 4), ~(a > 2)


#case: expr_mixed(np.array([-3, 0, 1, 2, 5]), 0.5)


def broadcast_rows(m, v):
    return m - v, m * v[0], v + m


#case: broadcast_rows(np.arange(6.0).reshape(2, 3), np.array([1.0, 10.0, 100.0]))
#case: broadcast_rows(np.arange(6.0).reshape(2, 3), np.array([1.0, 10.0]))


def laplace_step(u, dx2, dy2):
    # seed 002's vectorised Laplace update
    u[1:-1, 1:-1] = ((u[2:, 1:-1] + u[:-2, 1:-1]) * dy2 + (u[1:-1, 2:] + u[1:-1, :-2]) * dx2) / (2 * (dx2 + dy2))
    return u


#case: laplace_step(np.arange(25.0).reshape(5, 5) ** 1.5, 0.01, 0.01)
#case: laplace_step(np.ones((3, 4)), 0.5, 0.25)


def euclidean(x, y):
    return np.sqrt(((x - y) ** 2).sum())


#case: euclidean(np.array([1.0, 2.0, 3.0]), np.array([4.0, 6.0, 3.0]))
#case: euclidean(np.linspace(0.0, 1.0, 1000), np.linspace(1.0, 3.0, 1000))


def poly(x):
    return 0.25 * x ** 3 + 0.75 * x ** 2 - 1.5 * x - 2


#case: poly(np.linspace(-2.0, 2.0, 9))


def reductions(a):
    return a.sum(), np.sum(a), a.mean(), a.min(), np.max(a), a.prod(), np.mean(a * 2.0)


#case: reductions(np.array([3.0, -1.0, 2.5, 8.0]))
#case: reductions(np.sin(np.arange(1000.0)))
#case: reductions(np.array([1.0, np.nan, 2.0]))


def int_reductions(a):
    return a.sum(), a.prod(), a.min(), a.max(), a.mean()


#case: int_reductions(np.array([3, -1, 2, 8]))
#case: int_reductions(np.arange(1, 30))


def compare_mask(a, t):
    m = a > t
    return m, (a <= t) | (a > 2 * t)


#case: compare_mask(np.array([0.5, 1.5, 2.5, 3.5]), 1.0)


def inplace(a, b):
    a += b
    a[1:] *= 2.0
    a[0] -= 1.0
    c = a
    c /= 4.0
    return a


#case: inplace(np.array([1.0, 2.0, 3.0]), np.array([10.0, 20.0, 30.0]))


def fib_array(n):
    # seed 002's nfibonacci
    F = np.empty(n, 'int')
    a, b = 0, 1
    for i in range(n):
        F[i] = a
        a, b = b, a + b
    return F


#case: fib_array(10)
#case: fib_array(0)


def pairwise(X):
    M = X.shape[0]
    N = X.shape[1]
    D = np.empty((M, M), dtype=np.float64)
    for i in range(M):
        for j in range(M):
            d = 0.0
            for k in range(N):
                tmp = X[i, k] - X[j, k]
                d += tmp * tmp
            D[i, j] = np.sqrt(d)
    return D


#case: pairwise(np.arange(12.0).reshape(4, 3) / 3.0)


def newaxis_outer(x, y):
    return x[:, None] * y[None, :], x[:, np.newaxis] - y


#case: newaxis_outer(np.array([1.0, 2.0, 3.0]), np.array([10.0, 20.0]))


def ufuncs(x):
    return np.exp(x), np.log(np.abs(x) + 1.0), np.sin(x) ** 2 + np.cos(x) ** 2, sqrt(np.abs(x)), np.maximum(x, 0.0), np.floor(x)


#case: ufuncs(np.array([-1.5, 0.0, 2.25]))
#case: ufuncs(np.array([np.nan, np.inf, -np.inf]))


def slices(a):
    b = a[2:7]
    b[:] = 0
    c = a[::-2]
    return a, c, a[-3:], a[:100], a[5:2]


#case: slices(np.arange(10))


def self_overlap(a):
    # numpy evaluates the right side before writing: shifting in place is safe
    a[1:] = a[:-1] + 1.0
    return a


#case: self_overlap(np.arange(6.0))


def where_clip(a, lim):
    return np.where(a > lim, lim, a), np.minimum(a, lim)


#case: where_clip(np.array([1.0, 5.0, 3.0, 9.0]), 4.0)


def shape_ops(m):
    z = zeros(m.shape)
    z[:, 0] = m[:, 1]
    z += 1.0
    return z, m.size, m.ndim, len(m), m.copy()


#case: shape_ops(np.arange(6.0).reshape(3, 2))


def dot1(a, b):
    return np.dot(a, b)


#case: dot1(np.array([1.0, 2.0, 3.0]), np.array([4.0, 5.0, 6.0]))
#case: dot1(np.array([1.0, 2.0]), np.array([4.0, 5.0, 6.0]))


def empty_reduce(a):
    return a.max()


#case: empty_reduce(np.zeros(0))
#case: empty_reduce(np.array([2.0, 1.0]))


def any_all_arg(a):
    return (a > 1.0).any(), np.all(a > -10.0), a.argmin(), np.argmax(a), np.any(a), a.all()


#case: any_all_arg(np.array([3.0, -1.0, 2.5, 8.0, -1.0, 8.0]))
#case: any_all_arg(np.array([0.0, np.nan, 2.0, np.nan]))
#case: any_all_arg(np.zeros(3))
#case: any_all_arg(np.zeros(0))


def int_arg(m):
    return m.argmax(), m.argmin(), (m > 2).any()


#case: int_arg(np.array([[1, 5, 2], [5, 0, 0]]))


def many_leaves(x, m):
    # more arrays than one tuple of the fused driver holds (nested tuples), into an
    # overlapping destination and a new array
    y = x[0:2] + x[1:3] * x[2:4] - x[3:5] + x[4:6] * x[5:7] + x[6:8] - x[7:9] + x[8:10] * x[9:11] + m[0]
    x[1:3] = x[0:2] + x[1:3] * x[2:4] - x[3:5] + x[4:6] * x[5:7] + x[6:8] - x[7:9] + x[8:10] * x[9:11] - y
    return y, x


#case: many_leaves(np.arange(11.0), np.ones((3, 2)))
#case: many_leaves(np.arange(11.0), np.ones((3, 3)))
