"""Index arrays of integer dtypes other than int64 (int8/16/32, uint8/16/32/64): numpy casts
them to intp (int64; uint64 values past int64's range wrap to negatives, as numpy's cast does)
before indexing. Reads, stores, augmented stores, `np.take`/`take_along_axis`/`put`,
`a.flat[...]`, arrays mixed with ints and slices, and numpy's IndexError texts."""

import numpy as np

# export read1(float[::], int32[::])
# export read1(float[], int8[])
# export read1(float[], int16[])
# export read1(float[], uint8[])
# export read1(float[], uint16[])
# export read1(float[], uint32[])
# export read1(float[], uint64[])
# export read1(int32[], int32[])
# export read1(complex[], uint8[])
# export read2(float[:,:], int32[])
# export read2(float[:,:], uint16[])
# export read_nd_idx(float[], int32[:,:])
# export read_nd_idx(int[:,:], int8[:,:])
# export mixed(float[::,::], int32[], int)
# export mixed(float[:,:], uint8[], int)
# export pairs(float[:,:], int32[], int16[])
# export pairs(float[:,:], int32[], int[])
# export store(float[::], int32[], float)
# export store(float[], uint64[], float)
# export store_arr(float[:,:], int8[], float[:])
# export aug(float[], int32[], float)
# export aug(int[], uint8[], int)
# export aug2(int32[:,:], int16[], int)
# export take(float[], int32[])
# export take(float[], uint64[])
# export take(float[], uint8[])
# export take_axis(float[:,:], int32[], int)
# export take_axis(float[:,:], uint64[], int)
# export take_mode(float[], int16[])
# export take_along(float[:,:], uint64[:,:])
# export take_along(float[:,:], int32[:,:])
# export put(float[], int32[], float[])
# export put(float[], uint16[], float[])
# export flat(float[:,:], int32[])
# export flat(float[:,:], uint8[])
# export from_astype(float[], int[])
# export argsort_i32(float[])


def read1(a, idx):
    return a[idx]


#case: read1(np.arange(5.0), np.array([1, -1, 3, 0], dtype=np.int32))
#case: read1(np.arange(5.0), np.array([4, -5, 2, 2], dtype=np.int8))
#case: read1(np.arange(5.0), np.array([-2, 1], dtype=np.int16))
#case: read1(np.arange(5.0), np.array([0, 4, 4], dtype=np.uint8))
#case: read1(np.arange(5.0), np.array([3, 1], dtype=np.uint16))
#case: read1(np.arange(5.0), np.array([3, 1], dtype=np.uint32))
#case: read1(np.arange(5.0), np.array([3, 1], dtype=np.uint64))
#case: read1(np.arange(5.0), np.array([2**64 - 1, 2**64 - 5], dtype=np.uint64))
#case: read1(np.arange(5.0), np.array([2**63], dtype=np.uint64))
#case: read1(np.arange(5.0), np.array([200], dtype=np.uint8))
#case: read1(np.arange(5.0), np.array([-128], dtype=np.int8))
#case: read1(np.arange(5.0), np.array([2**32 - 1], dtype=np.uint32))
#case: read1(np.arange(5.0), np.array([5], dtype=np.int32))
#case: read1(np.arange(5.0), np.array([-6], dtype=np.int16))
#case: read1(np.arange(5.0), np.zeros(0, dtype=np.int32))
#case: read1(np.zeros(0), np.zeros(0, dtype=np.uint8))
#case: read1(np.zeros(0), np.array([0], dtype=np.int32))
#case: read1(np.arange(10.0)[::-2], np.array([0, 1, -1], dtype=np.int32))
#case: read1(np.array([np.nan, -0.0, np.inf]), np.array([2, 1, 0], dtype=np.int8))
#case: read1(np.arange(10.0), np.arange(10, dtype=np.int32)[::-3])
#case: read1(np.arange(6, dtype=np.int32) * 7, np.array([5, 0, -3], dtype=np.int32))
#case: read1(np.array([1 + 2j, 3 - 4j]), np.array([1, 1, 0], dtype=np.uint8))


def read2(a, idx):
    return a[idx], a[idx].shape, a[idx][:, 0]


#case: read2(np.arange(12.0).reshape(3, 4), np.array([2, 0, -1], dtype=np.int32))
#case: read2(np.arange(12.0).reshape(3, 4).T, np.array([3, 0], dtype=np.int32))
#case: read2(np.arange(12.0).reshape(3, 4), np.array([1, 1], dtype=np.uint16))
#case: read2(np.arange(12.0).reshape(3, 4), np.array([3], dtype=np.uint16))
#case: read2(np.arange(12.0).reshape(3, 4), np.array([-4], dtype=np.int32))


def read_nd_idx(a, idx):
    return a[idx]


#case: read_nd_idx(np.arange(5.0), np.array([[0, 1], [-1, 2]], dtype=np.int32))
#case: read_nd_idx(np.arange(5.0), np.array([[0, 1], [7, 2]], dtype=np.int32))
#case: read_nd_idx(np.arange(12).reshape(3, 4), np.array([[0, -1], [2, 1]], dtype=np.int8))
#case: read_nd_idx(np.arange(12).reshape(3, 4), np.array([[0, 1, 2]], dtype=np.int8).T)


def mixed(a, idx, j):
    return a[idx, j], a[j, idx], a[idx, 1:], a[:, idx], a[..., idx]


#case: mixed(np.arange(12.0).reshape(3, 4), np.array([2, 0, -1], dtype=np.int32), 1)
#case: mixed(np.arange(12.0).reshape(3, 4), np.array([2, 0], dtype=np.uint8), -1)
#case: mixed(np.arange(12.0).reshape(3, 4), np.array([2, 0], dtype=np.uint8), 3)
#case: mixed(np.arange(12.0).reshape(3, 4), np.array([0, 3], dtype=np.int32), 0)
#case: mixed(np.arange(12.0).reshape(3, 4)[::-1, ::2], np.array([1, 0], dtype=np.int32), 0)


def pairs(a, rows, cols):
    return a[rows, cols]


#case: pairs(np.arange(12.0).reshape(3, 4), np.array([0, 2, -1], dtype=np.int32), np.array([3, 0, 1], dtype=np.int16))
#case: pairs(np.arange(12.0).reshape(3, 4), np.array([0, 2], dtype=np.int32), np.array([3], dtype=np.int16))
#case: pairs(np.arange(12.0).reshape(3, 4), np.array([0, 2], dtype=np.int32), np.array([1, 2, 3], dtype=np.int16))
#case: pairs(np.arange(12.0).reshape(3, 4), np.array([0, 2], dtype=np.int32), np.array([4, 0], dtype=np.int16))
#case: pairs(np.arange(12.0).reshape(3, 4), np.array([0, 2], dtype=np.int32), np.array([1, 3]))


def store(a, idx, v):
    a[idx] = v
    return a


#case: store(np.zeros(5), np.array([1, -1, 1], dtype=np.int32), 2.5)
#case: store(np.zeros(5), np.array([2**64 - 1], dtype=np.uint64), 7.0)
#case: store(np.zeros(5), np.array([5], dtype=np.int32), 1.0)
#case: store(np.zeros(5), np.array([2**63 + 1], dtype=np.uint64), 1.0)
#case: store(np.zeros(5), np.zeros(0, dtype=np.int32), 1.0)
#case: store(np.zeros(10)[::3], np.array([0, -1], dtype=np.int32), 1.0)


def store_arr(a, idx, v):
    a[idx] = v
    a[idx, 0] = -1.0
    return a


#case: store_arr(np.zeros((3, 2)), np.array([2, 0], dtype=np.int8), np.array([1.0, 2.0]))
#case: store_arr(np.zeros((3, 2)), np.array([2, -3], dtype=np.int8), np.array([1.0, 2.0, 3.0]))
#case: store_arr(np.zeros((3, 2)), np.array([3], dtype=np.int8), np.array([1.0, 2.0]))


def aug(a, idx, v):
    a[idx] += v
    return a


#case: aug(np.zeros(5), np.array([1, 1, -1], dtype=np.int32), 2.5)
#case: aug(np.arange(5.0), np.array([0, 4], dtype=np.int32), -1.0)
#case: aug(np.arange(5.0), np.array([9], dtype=np.int32), -1.0)
#case: aug(np.arange(5), np.array([3, 3, 0], dtype=np.uint8), 10)
#case: aug(np.arange(5), np.array([255], dtype=np.uint8), 10)


def aug2(a, idx, v):
    a[idx] -= v
    a[idx, 1] *= 2
    return a


#case: aug2(np.arange(6, dtype=np.int32).reshape(3, 2), np.array([2, -1, 0], dtype=np.int16), 1)
#case: aug2(np.arange(6, dtype=np.int32).reshape(3, 2), np.array([-4], dtype=np.int16), 1)


def take(a, idx):
    return np.take(a, idx)


#case: take(np.arange(5.0), np.array([1, -1, 3], dtype=np.int32))
#case: take(np.arange(5.0), np.array([2**64 - 1, 0], dtype=np.uint64))
#case: take(np.arange(5.0), np.array([2**63], dtype=np.uint64))
#case: take(np.arange(5.0), np.array([250, 0], dtype=np.uint8))
#case: take(np.arange(5.0), np.zeros(0, dtype=np.uint64))


def take_axis(a, idx, axis):
    return np.take(a, idx, axis=axis)


#case: take_axis(np.arange(12.0).reshape(3, 4), np.array([2, 0, -1], dtype=np.int32), 0)
#case: take_axis(np.arange(12.0).reshape(3, 4), np.array([3, 0], dtype=np.int32), 1)
#case: take_axis(np.arange(12.0).reshape(3, 4), np.array([3, 0], dtype=np.uint64), 1)
#case: take_axis(np.arange(12.0).reshape(3, 4), np.array([2**63], dtype=np.uint64), 1)
#case: take_axis(np.arange(12.0).reshape(3, 4), np.array([4], dtype=np.int32), 1)


def take_mode(a, idx):
    return np.take(a, idx, mode="clip"), np.take(a, idx, mode="wrap")


#case: take_mode(np.arange(5.0), np.array([300, -1, -300, 2], dtype=np.int16))


def take_along(a, idx):
    return np.take_along_axis(a, idx, axis=1)


#case: take_along(np.arange(12.0).reshape(3, 4), np.array([[0], [3], [1]], dtype=np.uint64))
#case: take_along(np.arange(12.0).reshape(3, 4), np.array([[2**64 - 1], [3], [1]], dtype=np.uint64))
#case: take_along(np.arange(12.0).reshape(3, 4), np.array([[0, -1], [3, 3], [1, 0]], dtype=np.int32))
#case: take_along(np.arange(12.0).reshape(3, 4), np.array([[4], [3], [1]], dtype=np.int32))


def put(a, idx, v):
    np.put(a, idx, v)
    return a


#case: put(np.zeros(5), np.array([1, -1], dtype=np.int32), np.array([3.0, 4.0]))
#case: put(np.zeros(5), np.array([4, 0, 2], dtype=np.uint16), np.array([3.0]))
#case: put(np.zeros(5), np.array([5], dtype=np.int32), np.array([3.0]))


def flat(a, idx):
    b = a.copy()
    b.flat[idx] = -1.0
    return a.flat[idx], b


#case: flat(np.arange(12.0).reshape(3, 4), np.array([0, 11, -1, 5], dtype=np.int32))
#case: flat(np.arange(12.0).reshape(3, 4).T, np.array([1, 4], dtype=np.uint8))
#case: flat(np.arange(12.0).reshape(3, 4), np.array([12], dtype=np.int32))


def from_astype(a, idx):
    # the index arrays real code makes: `astype(np.int32)` of computed positions
    i32 = idx.astype(np.int32)
    u8 = (idx % 5).astype(np.uint8)
    out = a[i32] + a[u8]
    a[i32] = 0.0
    return out, a


#case: from_astype(np.arange(10.0), np.array([3, -2, 9]))
#case: from_astype(np.arange(10.0), np.array([2**32 + 1]))
#case: from_astype(np.arange(10.0), np.array([10]))


def argsort_i32(x):
    order = np.argsort(x).astype(np.int32)
    return x[order], np.take(x, order[::-1])


#case: argsort_i32(np.array([3.0, -1.0, 2.5, 0.0]))
#case: argsort_i32(np.zeros(0))
