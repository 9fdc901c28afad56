"""Index arrays and masks mixed with ints, slices, None and `...` in one subscript (numpy's
advanced indexing): result shapes, negative and out-of-range indices, reads and writes."""

import numpy as np

# export rows_cols(float[:,::], int[])
# export idx_int(float[:,:], int[], int)
# export cube(int[:,:,:], int[])
# export cube2(int[:,:,:], int[:,:], int[])
# export mask_mixed(float[:,:], bool[])
# export mask_cols(float[:,:], bool[])
# export put_cols(float[:,:], int[], float)
# export put_cols_arr(float[:,:], int[], float[:,:])
# export put_rows_aug(int[:,:], int[])
# export put_mask_mixed(float[:,:], bool[], float)
# export pairs_mixed(float[:,:,:], int[], int[])
# export new_axis_idx(float[:,:], int[])
# export nonzero_index(float[:,:])
# export chains(float[:,:] order(F), int[], bool[])
# export in_range_loops(float[:,:], int[], bool[])
# export tuple_vars(float[:,:], int[])
# export sized_store(int8[], bool[], int)
# export fancy_dtypes(bool[:,:], int8[:,:], uint32[:,:], float32[:,:], complex64[:,:], int[])


def rows_cols(a, idx):
    return a[idx, 1:], a[1:, idx], a[idx, ::-1], a[:, idx], a[idx, :].shape, a[..., idx]


#case: rows_cols(np.arange(12.0).reshape(3, 4), np.array([2, 0, -1]))
#case: rows_cols(np.arange(12.0).reshape(3, 4), np.array([0, 3]))
#case: rows_cols(np.arange(12.0).reshape(3, 4), np.array([0, -4]))
#case: rows_cols(np.arange(12.0).reshape(3, 4), np.zeros(0, dtype=np.int64))
#case: rows_cols(np.arange(20.0).reshape(4, 5)[::2, 1:], np.array([1, 0]))
#case: rows_cols(np.arange(12.0).reshape(3, 4).T, np.array([1, 2]))


def idx_int(a, idx, j):
    return a[idx, j], a[j, idx], a[idx, -1]


#case: idx_int(np.arange(12.0).reshape(3, 4), np.array([2, 0, -1]), 1)
#case: idx_int(np.arange(12.0).reshape(3, 4), np.array([2, 0]), 3)
#case: idx_int(np.arange(12.0).reshape(3, 4), np.array([2, 0]), -5)


def cube(a, idx):
    # an int and an array separated by a slice: the array's dims come first
    return a[1, :, idx], a[:, idx, 1], a[idx, 1:, ::2], a[:, 1, idx], a[..., idx, 0], a[idx, ...]


#case: cube(np.arange(24).reshape(2, 3, 4), np.array([0, 1, -1]))
#case: cube(np.arange(24).reshape(2, 3, 4), np.array([1]))
#case: cube(np.arange(24).reshape(2, 3, 4), np.array([2]))


def cube2(a, i2, j):
    return a[i2, :, j], a[i2, j], a[:, i2, j], a[i2, 1:2, :]


#case: cube2(np.arange(24).reshape(2, 3, 4), np.array([[0, 1], [1, 0]]), np.array([3, 0]))
#case: cube2(np.arange(24).reshape(2, 3, 4), np.array([[0, 1], [1, 0]]), np.array([3, 0, 1]))


def mask_mixed(a, m):
    return a[m, 1:], a[m, 0], a[m, ::-2]


#case: mask_mixed(np.arange(12.0).reshape(3, 4), np.array([True, False, True]))
#case: mask_mixed(np.arange(12.0).reshape(3, 4), np.array([True, False]))


def mask_cols(a, m):
    return a[:, m], a[1:, m], a[-1, m]


#case: mask_cols(np.arange(12.0).reshape(3, 4), np.array([True, False, True, True]))
#case: mask_cols(np.arange(12.0).reshape(3, 4), np.array([False, False, False, False]))


def put_cols(a, idx, v):
    a[:, idx] = v
    a[idx, 0] = -1
    return a


#case: put_cols(np.zeros((3, 4)), np.array([1, -1]), 5.0)
#case: put_cols(np.zeros((3, 4)), np.array([4]), 5.0)


def put_cols_arr(a, idx, v):
    a[1:, idx] = v
    return a


#case: put_cols_arr(np.zeros((3, 4)), np.array([0, 2]), np.array([[1.0, 2.0], [3.0, 4.0]]))
#case: put_cols_arr(np.zeros((3, 4)), np.array([0, 2]), np.array([[1.0, 2.0]]))
#case: put_cols_arr(np.zeros((3, 4)), np.array([0, 2]), np.array([[1.0, 2.0, 3.0]]))


def put_rows_aug(a, idx):
    a[idx, 1:] += 10
    a[idx, 0] *= 2
    return a


#case: put_rows_aug(np.arange(12).reshape(3, 4), np.array([0, 2]))
#case: put_rows_aug(np.arange(12).reshape(3, 4), np.array([0, 0]))


def put_mask_mixed(a, m, v):
    a[m, 1:] = v
    return a


#case: put_mask_mixed(np.zeros((3, 3)), np.array([False, True, True]), 2.0)


def pairs_mixed(a, i, j):
    return a[i, j, :], a[i, :, j], a[:, i, j]


#case: pairs_mixed(np.arange(24.0).reshape(2, 3, 4), np.array([0, 1]), np.array([2, 0]))
#case: pairs_mixed(np.arange(24.0).reshape(2, 3, 4), np.array([0, 1]), np.array([2, 0, 1]))


def new_axis_idx(a, idx):
    return a[None, idx, 1:], a[idx, None]


#case: new_axis_idx(np.arange(12.0).reshape(3, 4), np.array([1, 2]))


def nonzero_index(a):
    return a[np.nonzero(a > 3.0)], a[np.nonzero(a > 3.0)[0], 0]


#case: nonzero_index(np.arange(12.0).reshape(3, 4))


def fancy_dtypes(b, i8, u32, f32, c64, idx):
    b[idx, 1:] = True
    i8[1:, idx] += 1
    u32[idx, 0] = 5
    f32[:, idx] *= 2
    c64[idx, ::-1] = 1j
    return b[idx, :], i8[:, idx], u32[idx, 1:], f32[idx, 0], c64[0, idx], b, i8, u32, f32, c64


#case: fancy_dtypes(np.zeros((3, 3), bool), np.full((3, 3), 127, np.int8), np.ones((3, 3), np.uint32), np.ones((3, 3), np.float32), np.zeros((3, 3), np.complex64), np.array([0, -1]))


def sized_store(a, m, v):
    a[m] = v
    a[np.nonzero(m)[0]] += 100
    return a


#case: sized_store(np.array([1, 2, 3], np.int8), np.array([True, False, True]), 5)
#case: sized_store(np.array([1, 2, 3], np.int8), np.array([True, False, True]), 300)
#case: sized_store(np.array([1, 2, 3], np.int8), np.array([True, False, True]), -129)


def chains(a, idx, m):
    b = a.copy()
    b[:, idx] = b[:, idx[::-1]]
    c = a.copy()
    c[idx, 1:] = c[idx, :-1] * 2
    return (a[idx, 1:][0], a[idx][:, ::-1], np.sqrt(np.abs(a[idx, :])) + 1, a[m, :] * 2, a[idx, 1:].sum(axis=0), b, c,
            a[::-1, ::2][idx, 0], a.T[idx, :], a[m][:, idx], a[idx.reshape(2, 1), idx])


#case: chains(np.asfortranarray(np.arange(12.0).reshape(3, 4)), np.array([0, 2]), np.array([True, False, True]))


def in_range_loops(a, idx, m):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i, idx].sum() + a[i, m].sum()
        a[i, idx] = 1.0
        a[i, m] += 2.0
    for j in range(1, a.shape[1]):
        a[idx, j] = a[idx, j - 1] * 2
    return s, a


#case: in_range_loops(np.arange(12.0).reshape(3, 4), np.array([0, 2]), np.array([True, False, False, True]))


def tuple_vars(a, rows):
    ix = (rows, 1)
    iy = (rows, None)
    a[ix] = -1.0
    return a[ix], a[iy], a


#case: tuple_vars(np.arange(12.0).reshape(3, 4), np.array([0, 2]))
#case: tuple_vars(np.arange(12.0).reshape(3, 4), np.array([0, 3]))
