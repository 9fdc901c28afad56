"""Boolean masks and integer-array (fancy) indexing: copies on read, writes on assignment,
numpy's IndexError for bad masks and indices."""

import numpy as np

# export mask_read(float[])
# export mask_read2(float[:,:])
# export mask_rows(float[:,:], bool[])
# export mask_assign(float[], float)
# export mask_assign2(int[:,:])
# export mask_assign_array(float[], float[])
# export mask_aug(float[])
# export mask_bad(float[], bool[])
# export mask_copy(float[])
# export take_idx(float[], int[])
# export take_rows(float[:,:], int[])
# export take_2d_index(float[], int[:,:])
# export put_idx(float[], int[], float[])
# export put_idx_scalar(int[], int[])
# export aug_idx(float[], int[])
# export idx_mixed(int[], float)
# export mask_nan(float[])
# export clamp_negative(float[:,:])
# export pairs(float[:,:], int[], int[])
# export pairs_assign(float[:,:], int[], int[])


def mask_read(x):
    return x[x > 0.0], x[(x > -1.0) & (x < 2.0)], x[~(x > 0.0)], x[x > 100.0]


#case: mask_read(np.array([-2.0, 0.5, 3.0, -0.5, 1.5]))
#case: mask_read(np.zeros(0))


def mask_read2(m):
    return m[m > 2.0], m[m % 2.0 == 0.0], m[m > 2.0].sum()


#case: mask_read2(np.arange(12.0).reshape(3, 4))


def mask_rows(m, keep):
    return m[keep], m[keep].shape


#case: mask_rows(np.arange(12.0).reshape(3, 4), np.array([True, False, True]))
#case: mask_rows(np.arange(12.0).reshape(3, 4), np.array([True, False]))


def mask_assign(x, v):
    x[x < 0.0] = v
    x[x > 10.0] = 10
    return x


#case: mask_assign(np.array([-2.0, 0.5, 30.0, -0.5]), 0.0)
#case: mask_assign(np.zeros(0), 1.0)


def mask_assign2(a):
    a[a % 3 == 0] = -1
    a[a > 8] = 0.9
    return a


#case: mask_assign2(np.arange(12).reshape(3, 4))


def mask_assign_array(x, y):
    x[x > 0.0] = y
    return x


#case: mask_assign_array(np.array([1.0, -1.0, 2.0]), np.array([10.0, 20.0]))
#case: mask_assign_array(np.array([1.0, -1.0, 2.0]), np.array([10.0]))
#case: mask_assign_array(np.array([1.0, -1.0, 2.0]), np.array([10.0, 20.0, 30.0]))


def mask_aug(x):
    x[x > 0.0] += 1.0
    x[x < 0.0] *= -2.0
    x[x > 1.5] -= x[x > 1.5] / 2.0
    return x


#case: mask_aug(np.array([1.0, -1.0, 2.0, 0.0]))


def mask_bad(x, m):
    return x[m]


#case: mask_bad(np.ones(3), np.array([True, False]))
#case: mask_bad(np.ones(3), np.array([True, False, True]))


def mask_copy(x):
    y = x[x > 0.0]
    y[0] = 100.0
    return x, y


#case: mask_copy(np.array([1.0, -1.0, 2.0]))


def take_idx(x, i):
    return x[i], x[i][::-1], x[i] * 2.0


#case: take_idx(np.array([10.0, 20.0, 30.0]), np.array([2, 0, -1, 0]))
#case: take_idx(np.array([10.0, 20.0, 30.0]), np.array([3]))
#case: take_idx(np.array([10.0, 20.0, 30.0]), np.array([-4]))
#case: take_idx(np.array([10.0, 20.0, 30.0]), np.zeros(0, dtype=np.int64))


def take_rows(m, i):
    return m[i], m[np.argsort(m[:, 0])]


#case: take_rows(np.array([[3.0, 1.0], [1.0, 2.0], [2.0, 0.0]]), np.array([2, 2, 0]))
#case: take_rows(np.array([[3.0, 1.0], [1.0, 2.0], [2.0, 0.0]]), np.array([5]))


def take_2d_index(x, i):
    return x[i]


#case: take_2d_index(np.array([10.0, 20.0, 30.0]), np.array([[0, 1], [2, 2]]))


def put_idx(x, i, v):
    x[i] = v
    return x


#case: put_idx(np.zeros(4), np.array([0, 2]), np.array([5.0, 6.0]))
#case: put_idx(np.zeros(4), np.array([0, 2]), np.array([5.0]))
#case: put_idx(np.zeros(4), np.array([0, 2]), np.array([5.0, 6.0, 7.0]))
#case: put_idx(np.zeros(4), np.array([1, 1]), np.array([5.0, 6.0]))
#case: put_idx(np.zeros(4), np.array([4]), np.array([5.0]))


def put_idx_scalar(a, i):
    a[i] = 7
    a[i[:1]] += 100
    return a


#case: put_idx_scalar(np.arange(5), np.array([-1, 1]))


def aug_idx(x, i):
    x[i] += 1.0
    return x


#case: aug_idx(np.zeros(3), np.array([0, 0, 2]))


def idx_mixed(a, s):
    b = a[a > 1] * s
    a[a > 1] = b
    return a, b


#case: idx_mixed(np.array([0, 1, 2, 3]), 1.5)


def mask_nan(x):
    x[np.isnan(x)] = 0.0
    return x, x[np.isfinite(x)]


#case: mask_nan(np.array([1.0, np.nan, np.inf, np.nan]))


def clamp_negative(m):
    m[m < 0.0] = 0.0
    return m.sum(axis=0)


#case: clamp_negative(np.array([[1.0, -2.0], [-3.0, 4.0]]))


def pairs(m, i, j):
    return m[i, j], m[i, j] * 2.0, m[(i, j)]


#case: pairs(np.arange(12.0).reshape(3, 4), np.array([0, 2, -1]), np.array([1, 3, 0]))
#case: pairs(np.arange(12.0).reshape(3, 4), np.array([0, 2]), np.array([1]))
#case: pairs(np.arange(12.0).reshape(3, 4), np.array([0, 2]), np.array([1, 2, 3]))
#case: pairs(np.arange(12.0).reshape(3, 4), np.array([0, 3]), np.array([1, 2]))
#case: pairs(np.arange(12.0).reshape(3, 4), np.array([0]), np.array([4]))


def pairs_assign(m, i, j):
    m[i, j] = -1.0
    m[j, i] += 100.0
    return m


#case: pairs_assign(np.arange(16.0).reshape(4, 4), np.array([0, 1, 3]), np.array([2, 2, 0]))
