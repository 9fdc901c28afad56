"""numpy.partition / numpy.argpartition (runtime/src/numpy/partition.rs). numpy leaves the
order of the elements between the kth positions to its selection algorithm (introselect, or
x86-simd-sort's on the CPUs it dispatches to), so the kernels return what is numpy's: the
kth values and every part between two kth positions sorted (`canon`), the indices of
argpartition sorted (a permutation) and the values they pick, canonicalised the same way.
kth as an int, a negative int, a tuple, a list and an int array; axis=-1/0/1/None;
float64 with NaN, int64, int8, float32, bool, complex; transposed and
strided views; empty arrays (kth not checked, as numpy); numpy's ValueError for kth out of
bounds and booleans, AxisError for a bad axis. Equal elements are ties whose order is
numpy's algorithm's: 0.0 and -0.0 (and NaNs of either sign) may come out in another order,
so no case has both at a kth position."""

import numpy as np


def canon(p, ks):
    # every part between two kth positions (sorted, distinct, >= 0) sorted
    out = p.copy()
    start = 0
    for k in ks:
        out[start:k] = np.sort(p[start:k])
        start = k + 1
    out[start:] = np.sort(p[start:])
    return out


# export part1(float[:], int)
# export part1(int[:], int)
# export part1(int8[:], int)
# export part1(float32[:], int)
# export part1(bool[:], int)
# export part1(complex[:], int)
def part1(a, k):
    p = np.partition(a, k)
    n = a.shape[0]
    kk = k + n if k < 0 else k
    return canon(p, [kk]), p[k], p.dtype == a.dtype, p.shape


#case: part1(np.array([5.0, 3.0, 1.0, 4.0, 2.0, 9.0, 0.0, 7.0]), 3)
#case: part1(np.array([5.0, 3.0, 1.0, 4.0, 2.0, 9.0, 0.0, 7.0]), 0)
#case: part1(np.array([5.0, 3.0, 1.0, 4.0, 2.0, 9.0, 0.0, 7.0]), 7)
#case: part1(np.array([5.0, 3.0, 1.0, 4.0, 2.0, 9.0, 0.0, 7.0]), -1)
#case: part1(np.array([5.0, 3.0, 1.0, 4.0, 2.0, 9.0, 0.0, 7.0]), -8)
#case: part1(np.array([5.0, nan, 1.0, -nan, 2.0, inf, -inf, 7.0]), 5)
#case: part1(np.array([5.0, nan, 1.0, -nan, 2.0, inf, -inf, 7.0]), 6)
#case: part1(np.array([0.5, -0.0, 3.0, -2.0, 1.0, -1.0]), 2)
#case: part1(np.array([2.0, 2.0, 2.0, 1.0, 1.0]), 2)
#case: part1(np.array([4.5]), 0)
#case: part1(np.array([4.5]), -1)
#case: part1(np.array([3, -1, 7, 7, 0, -9, 2], dtype=np.int64), 4)
#case: part1(np.array([3, -1, 7, 7, 0, -9, 2], dtype=np.int8), -2)
#case: part1(np.array([3.5, -1.25, nan, 7.0, 0.5], dtype=np.float32), 1)
#case: part1(np.array([True, False, True, False, False]), 2)
#case: part1(np.array([1 + 2j, 1 - 2j, -3j, 2.0, nan, 0j]), 3)
#case: part1(np.array([5.0, 3.0, 1.0]), 3)
#case: part1(np.array([5.0, 3.0, 1.0]), -4)
#case: part1(np.zeros(0), 0)


# export part_many(float[:], int, int)
# export part_many(int[:], int, int)
def part_many(a, i, j):
    n = a.shape[0]
    ks = sorted({i + n if i < 0 else i, j + n if j < 0 else j})
    p = np.partition(a, (i, j))
    q = np.partition(a, [i, j])
    r = np.partition(a, np.array([j, i]))
    return canon(p, ks), canon(q, ks), canon(r, ks), p[i], p[j], q[i], r[j]


#case: part_many(np.array([5.0, 3.0, 1.0, 4.0, 2.0, 9.0, 0.0, 7.0, -2.0]), 2, 6)
#case: part_many(np.array([5.0, 3.0, 1.0, 4.0, 2.0, 9.0, 0.0, 7.0, -2.0]), 6, 2)
#case: part_many(np.array([5.0, 3.0, 1.0, 4.0, 2.0, 9.0, 0.0, 7.0, -2.0]), 4, 4)
#case: part_many(np.array([5.0, 3.0, 1.0, 4.0, 2.0, 9.0, 0.0, 7.0, -2.0]), 0, -1)
#case: part_many(np.array([5.0, nan, 1.0, 4.0, nan, 9.0, 0.0]), 1, 5)
#case: part_many(np.array([8, 3, 3, 1, 9, 0, 2, 2], dtype=np.int64), 3, -3)
#case: part_many(np.array([8, 3, 3, 1, 9, 0, 2, 2], dtype=np.int64), 3, 8)
#case: part_many(np.array([8, 3, 3, 1, 9, 0, 2, 2], dtype=np.int64), -9, 1)


# export part_rows(float[:,:], int)
# export part_rows(int[:,:], int)
def part_rows(a, k):
    p = np.partition(a, k)
    q = np.partition(a, k, axis=1)
    return np.sort(p[:, :k], axis=1), p[:, k], np.sort(p[:, k + 1:], axis=1), np.array_equal(p, q)


#case: part_rows(np.array([[3.0, 1.0, 2.0, 0.0], [9.0, 8.0, 7.0, 6.0], [1.0, nan, -1.0, 5.0]]), 1)
#case: part_rows(np.array([[3.0, 1.0, 2.0, 0.0], [9.0, 8.0, 7.0, 6.0], [1.0, nan, -1.0, 5.0]]), 3)
#case: part_rows(np.arange(30.0).reshape(6, 5).T, 4)
#case: part_rows(np.array([[3, 1, 2], [9, 8, 7]]), 0)
#case: part_rows(np.array([[3, 1, 2], [9, 8, 7]]), 3)
#case: part_rows(np.zeros((0, 3)), 5)


# export part_cols(float[:,:], int)
def part_cols(a, k):
    p = np.partition(a, k, axis=0)
    return np.sort(p[:k], axis=0), p[k], np.sort(p[k + 1:], axis=0)


#case: part_cols(np.array([[3.0, 1.0, 2.0], [9.0, 8.0, 7.0], [1.0, nan, -1.0], [0.5, 0.25, 4.0]]), 1)
#case: part_cols(np.arange(30.0).reshape(6, 5).T, 0)
#case: part_cols(np.array([[3.0, 1.0, 2.0]]), 1)


# export part_views(float[:,:], int)
def part_views(a, k):
    r = a[::-1, 1::2]
    p = np.partition(r, k)
    c = a[::2, ::-1]
    q = np.partition(c, k, axis=0)
    v = a[0, ::-3]
    w = np.partition(v, k)
    ix = np.argpartition(r, k)
    u = np.take_along_axis(r, ix, axis=1)
    return (np.sort(p[:, :k], axis=1), p[:, k], np.sort(p[:, k + 1:], axis=1),
            np.sort(q[:k], axis=0), q[k], np.sort(q[k + 1:], axis=0),
            canon(w, [k]), np.sort(ix, axis=1), u[:, k], np.sort(u[:, k + 1:], axis=1))


#case: part_views(np.arange(120.0).reshape(10, 12) % 7.5, 2)
#case: part_views(np.cos(np.arange(120.0)).reshape(10, 12), 0)
#case: part_views(np.cos(np.arange(120.0)).reshape(10, 12), 3)


# export part_flat(float[:,:], int)
def part_flat(a, k):
    p = np.partition(a, k, axis=None)
    return np.sort(p[:k]), p[k], np.sort(p[k + 1:]), p.shape


#case: part_flat(np.array([[3.0, 1.0, 2.0], [9.0, 8.0, 7.0], [1.0, nan, -1.0]]), 4)
#case: part_flat(np.arange(12.0).reshape(3, 4).T, -2)
#case: part_flat(np.arange(12.0).reshape(3, 4), 12)


# export part_axis(float[:,:], int, int)
def part_axis(a, k, axis):
    return np.partition(a, k, axis=axis).shape


#case: part_axis(np.ones((2, 3)), 1, 2)
#case: part_axis(np.ones((2, 3)), 1, -3)
#case: part_axis(np.ones((2, 3)), 1, -2)


# export part_bool_kth(float[:], bool)
def part_bool_kth(a, k):
    return np.partition(a, k)


#case: part_bool_kth(np.array([3.0, 1.0]), True)


# export argpart1(float[:], int)
# export argpart1(int[:], int)
# export argpart1(float32[:], int)
# export argpart1(complex[:], int)
def argpart1(a, k):
    ix = np.argpartition(a, k)
    n = a.shape[0]
    kk = k + n if k < 0 else k
    return np.sort(ix), canon(a[ix], [kk]), a[ix[k]], ix.dtype


#case: argpart1(np.array([5.0, 3.0, 1.0, 4.0, 2.0, 9.0, 0.0, 7.0]), 3)
#case: argpart1(np.array([5.0, 3.0, 1.0, 4.0, 2.0, 9.0, 0.0, 7.0]), -1)
#case: argpart1(np.array([5.0, nan, 1.0, -nan, 2.0, inf, -inf, 7.0]), 5)
#case: argpart1(np.array([2.0, 2.0, 2.0, 1.0, 1.0]), 1)
#case: argpart1(np.array([3, -1, 7, 7, 0, -9, 2], dtype=np.int64), 4)
#case: argpart1(np.array([3.5, -1.25, nan, 7.0, 0.5], dtype=np.float32), 1)
#case: argpart1(np.array([1 + 2j, 1 - 2j, -3j, 2.0, nan, 0j]), 3)
#case: argpart1(np.array([5.0, 3.0, 1.0]), 3)
#case: argpart1(np.array([5.0, 3.0, 1.0]), -4)


# export argpart_rows(float[:,:], int, int)
def argpart_rows(a, i, j):
    ix = np.argpartition(a, (i, j), axis=1)
    v = np.take_along_axis(a, ix, axis=1)
    iy = np.argpartition(a, i, axis=0)
    w = np.take_along_axis(a, iy, axis=0)
    return (np.sort(ix, axis=1), v[:, i], v[:, j], np.sort(iy, axis=0), w[i],
            np.sort(w[:i], axis=0), np.sort(w[i + 1:], axis=0))


#case: argpart_rows(np.array([[3.0, 1.0, 2.0, 0.0], [9.0, 8.0, 7.0, 6.0], [1.0, nan, -1.0, 5.0]]), 1, 2)
#case: argpart_rows(np.arange(30.0).reshape(5, 6), 2, 4)


# export argpart_flat(float[:,:], int)
def argpart_flat(a, k):
    ix = np.argpartition(a, k, axis=None)
    v = a.ravel()[ix]
    return np.sort(ix), v[k], np.sort(v[:k]), np.sort(v[k + 1:])


#case: argpart_flat(np.array([[3.0, 1.0, 2.0], [9.0, 8.0, 7.0], [1.0, nan, -1.0]]), 4)
#case: argpart_flat(np.arange(12.0).reshape(3, 4).T, 0)


# export argpart_empty(float[:,:], int)
def argpart_empty(a, k):
    return np.argpartition(a, k), np.argpartition(a, k, axis=0)


#case: argpart_empty(np.zeros((2, 0)), 0)
#case: argpart_empty(np.zeros((0, 2)), 7)


# export part_msg(float[:], int, int)
def part_msg(a, k, which):
    # numpy's texts, compared as values
    try:
        if which == 0:
            return str(np.partition(a, k).shape)
        if which == 1:
            return str(np.argpartition(a, (0, k)).shape)
        if which == 2:
            return str(np.partition(a, k, axis=1).shape)
        return str(np.argpartition(a, k > 0).shape)
    except ValueError as e:
        return str(e)


#case: part_msg(np.zeros(8), 9, 0)
#case: part_msg(np.zeros(8), -9, 0)
#case: part_msg(np.zeros(8), 8, 1)
#case: part_msg(np.zeros(8), -12, 1)
#case: part_msg(np.zeros(0), 3, 0)
#case: part_msg(np.zeros(3), 0, 2)
#case: part_msg(np.zeros(3), 1, 3)
