"""The method forms `a.partition(kth, axis=-1)` (in place, returns None) and
`a.argpartition(kth, axis=-1)` (runtime/src/numpy/partition.rs `partition_inplace`; numpy's
functions otherwise). As in numpy_partition.py, numpy leaves the order inside the parts to
its selection algorithm: partitioned arrays are compared canonicalised (each part between
kth positions sorted) and argpartition's indices through the values they pick. The arrays
partitioned in place are copies made in the kernel or views of them (the harness compares
the arguments after the call). kth as int, negative, tuple, list; axis 0/1/-1, argpartition's
axis=None; NaN, int, float32, complex, strided views and rows of a matrix through a view;
numpy's ValueError/AxisError."""

import numpy as np


def canon(p, ks):
    out = p.copy()
    start = 0
    for k in ks:
        out[start:k] = np.sort(p[start:k])
        start = k + 1
    out[start:] = np.sort(p[start:])
    return out


# export part_m(float[:], int)
# export part_m(int[:], int)
# export part_m(float32[:], int)
# export part_m(complex[:], int)
# export part_m(int8[:], int)
def part_m(a, k):
    b = a.copy()
    r = b.partition(k)
    n = b.shape[0]
    kk = k + n if k < 0 else k
    return r is None, canon(b, [kk]), b[k]


#case: part_m(np.array([5.0, 3.0, 1.0, 4.0, 2.0, 9.0, 0.0, 7.0]), 3)
#case: part_m(np.array([5.0, 3.0, 1.0, 4.0, 2.0, 9.0, 0.0, 7.0]), -1)
#case: part_m(np.array([5.0, np.nan, 1.0, 4.0, -np.inf, 9.0, 0.0, 7.0]), 6)
#case: part_m(np.array([5.0, np.nan, 1.0, 4.0, -np.inf, 9.0, 0.0, 7.0]), 7)
#case: part_m(np.array([5.0, 3.0]), 2)
#case: part_m(np.array([5.0, 3.0]), -3)
#case: part_m(np.array([1.5]), 0)
#case: part_m(np.array([7, -3, 2, 2, 9, 0, -8]), 2)
#case: part_m(np.array([7, -3, 2, 2, 9, 0, -8], dtype=np.int8), -2)
#case: part_m(np.array([0.5, -2.5, 3.25, 1.0], dtype=np.float32), 1)
#case: part_m(np.array([1 + 2j, 1 - 1j, -3j, 2 + 0j]), 2)


# export part_tuple(float[:])
def part_tuple(a):
    b = a.copy()
    b.partition((1, 5))
    c = a.copy()
    c.partition([-1, 0, 3])
    return canon(b, [1, 5]), canon(c, [0, 3, a.shape[0] - 1])


#case: part_tuple(np.array([5.0, 3.0, 1.0, 4.0, 2.0, 9.0, 0.0, 7.0]))
#case: part_tuple(np.array([5.0, 3.0, 1.0, 4.0, 2.0, 9.0, np.nan, 7.0]))
#case: part_tuple(np.array([5.0, 3.0, 1.0, 4.0]))


# export part_axis(float[:,:], int, int)
# export part_axis(int[:,:], int, int)
def part_axis(a, k, axis):
    b = a.copy()
    b.partition(k, axis=axis)
    if axis == 0 or axis == -2:
        return np.sort(b, axis=0), b[k]
    return np.sort(b, axis=1), b[:, k]


#case: part_axis(np.array([[3.0, 1.0, 2.0], [0.0, -1.0, 5.0], [4.0, 4.0, -2.0]]), 1, 0)
#case: part_axis(np.array([[3.0, 1.0, 2.0], [0.0, -1.0, 5.0], [4.0, 4.0, -2.0]]), -1, 1)
#case: part_axis(np.array([[3.0, 1.0, 2.0], [0.0, -1.0, 5.0]]), 0, -1)
#case: part_axis(np.array([[3, 1, 2], [0, -1, 5]]), 1, -2)
#case: part_axis(np.array([[3, 1, 2], [0, -1, 5]]), 2, 0)
#case: part_axis(np.array([[3, 1, 2], [0, -1, 5]]), 0, 2)
#case: part_axis(np.zeros((0, 3)), 5, 0)


# export part_view(float[:,:], int)
def part_view(a, k):
    # a strided view partitioned in place: the other elements are untouched
    b = a.copy()
    v = b[:, ::2]
    v.partition(k)
    w = b[1, 1::2]
    w.partition(0)
    return np.sort(v, axis=1), v[:, k], b[:, 1::2], w[0]


#case: part_view(np.array([[9.0, 1.0, 3.0, 2.0, 0.0], [5.0, 7.0, -1.0, 6.0, 4.0]]), 1)
#case: part_view(np.array([[9.0, 1.0, 3.0, 2.0, 0.0], [5.0, 6.0, -1.0, 7.0, 4.0]]).T.copy().T, -1)


# export argpart_m(float[:], int)
# export argpart_m(int[:], int)
# export argpart_m(float32[:], int)
def argpart_m(a, k):
    ix = a.argpartition(k)
    n = a.shape[0]
    kk = k + n if k < 0 else k
    return np.sort(ix), canon(a[ix], [kk]), a[ix[k]], ix.dtype == np.int64


#case: argpart_m(np.array([5.0, 3.0, 1.0, 4.0, 2.0, 9.0, 0.0, 7.0]), 3)
#case: argpart_m(np.array([5.0, np.nan, 1.0, 4.0, -np.inf, 9.0, 0.0, 7.0]), -2)
#case: argpart_m(np.array([7, -3, 2, 9, 0, -8]), 0)
#case: argpart_m(np.array([0.5, -2.5, 3.25, 1.0], dtype=np.float32), 3)
#case: argpart_m(np.array([0.5, -2.5, 3.25, 1.0]), 4)


# export argpart_axis(float[:,:], int)
def argpart_axis(a, k):
    ix0 = a.argpartition(k, axis=0)
    ix1 = a.argpartition(k, 1)
    flat = a.argpartition(k, axis=None)
    v0 = np.take_along_axis(a, ix0, axis=0)
    v1 = np.take_along_axis(a, ix1, axis=1)
    return np.sort(ix0, axis=0), v0[k], np.sort(ix1, axis=1), v1[:, k], np.sort(flat), a.ravel()[flat[k]]


#case: argpart_axis(np.array([[3.0, 1.0, 2.0], [0.0, -1.0, 5.0], [4.0, 4.5, -2.0]]), 1)
#case: argpart_axis(np.array([[3.0, 1.0, 2.0], [0.0, -1.0, 5.0], [4.0, 4.5, -2.0]]).T, -1)
#case: argpart_axis(np.array([[3.0, 1.0, 2.0], [0.0, -1.0, 5.0]]), 2)


# export part_bool_kth(float[:])
def part_bool_kth(a):
    b = a.copy()
    b.partition(True)
    return b


#case: part_bool_kth(np.array([2.0, 1.0]))


# export part_arg(float[:,:])
def part_arg(a):
    # the argument partitioned in place: three elements a lane, kth=1 fixes the order
    a.partition(1)
    a.partition(1, axis=0)
    return a


#case: part_arg(np.array([[3.0, 1.0, 2.0], [0.0, np.nan, -5.0]]))
#case: part_arg(np.array([[3.0, 1.0, 2.0], [0.0, np.nan, -5.0]]).T)
