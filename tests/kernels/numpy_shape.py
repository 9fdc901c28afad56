"""NumPy shape functions, sorting, searching and the element-wise clip/fmin/fmax/round/power/angle."""

import numpy as np

# export reshapes(float[])
# export reshape_bad(float[], int)
# export reshape_view(float[:,:])
# export reshape_strided(float[:,:])
# export ravels(int[:,:])
# export transposes(float[:,:,:])
# export transpose_bad(float[:,:])
# export concat(float[:,:], float[:,:], int)
# export concat_mixed(int[], float[])
# export stacks(float[], float[])
# export stack_bad(float[], float[])
# export vh(float[], float[], float[:,:])
# export eyes(int, int)
# export diags(float[], float[:,:], int)
# export grid(float[], int[])
# export diffs(int[], float[:,:])
# export traces(int[:,:], float[:,:])
# export sorts(float[])
# export sorts2(int[:,:], int)
# export sort_inplace(float[:,:])
# export uniques(int[], float[])
# export nonzeros(float[:,:], bool[])
# export counts(float[:,:])
# export tolists(float[], int[:,:])
# export items(float[:,:], int)
# export elementwise(float[], float, float)
# export elementwise_int(int[], int)
# export rounds(float[], int)
# export angles(complex[], float[])
# export power_arrays(float[], int[])
# export power_neg(int[], int[])
# export empty_shapes(float[])
# export ellipsis(float[:,:,:])
# export dtype_conv(int, float[], int[:,:])
# export scalar_ufuncs(float, int)
# export ellipsis_assign(float[:,:])
# export rolls(float[], int)
# export rolls2(int[:,:], int, int)
# export roll_flat(complex[:,:], int)
# export roll_views(float[:,:], int)


def reshapes(x):
    a = x.reshape((2, 3))
    b = x.reshape(3, -1)
    c = np.reshape(x, (-1,))
    d = x.reshape(1, 2, 3)
    e = x.reshape(-1, 1)
    return a, b, c, d, e, a.shape


#case: reshapes(np.arange(6.0))


def reshape_bad(x, k):
    return x.reshape(k, -1)


#case: reshape_bad(np.arange(6.0), 4)
#case: reshape_bad(np.arange(6.0), 0)
#case: reshape_bad(np.arange(6.0), -1)
#case: reshape_bad(np.arange(6.0), 3)
#case: reshape_bad(np.arange(6.0), -2)


def reshape_view(m):
    v = m.reshape(-1)
    v[0] = 100.0
    r = m.ravel()
    r[1] = 200.0
    f = m.flatten()
    f[2] = 300.0
    return v, m, f


#case: reshape_view(np.arange(6.0).reshape(2, 3))


def reshape_strided(m):
    t = m.T
    v = t.reshape(6)
    v[0] = -1.0
    r = t.ravel()
    return v, r, m


#case: reshape_strided(np.arange(6.0).reshape(2, 3))


def ravels(a):
    return a.ravel(), np.ravel(a), a.flatten(), a[:, ::2].ravel(), a.T.flatten()


#case: ravels(np.arange(12).reshape(3, 4))


def transposes(a):
    return a.transpose(), np.transpose(a), a.transpose(1, 0, 2), np.transpose(a, (2, 0, 1)), a.transpose((0, 2, 1)).shape


#case: transposes(np.arange(24.0).reshape(2, 3, 4))


def transpose_bad(m):
    return m.transpose(0, 0)


#case: transpose_bad(np.ones((2, 3)))


def concat(a, b, k):
    return np.concatenate((a, b), axis=k), np.concatenate([a, b, a]), np.concatenate((a, b), k)


#case: concat(np.ones((2, 3)), np.zeros((2, 3)), 0)
#case: concat(np.ones((2, 3)), np.zeros((2, 3)), 1)
#case: concat(np.ones((2, 3)), np.zeros((2, 3)), -1)
#case: concat(np.ones((2, 3)), np.zeros((2, 3)), 2)
#case: concat(np.ones((2, 3)), np.zeros((1, 3)), 0)
#case: concat(np.ones((2, 3)), np.zeros((1, 3)), 1)
#case: concat(np.ones((0, 3)), np.zeros((1, 3)), 0)


def concat_mixed(a, b):
    return np.concatenate((a, b)), np.concatenate([b, a]), np.hstack((a, b)), np.vstack([b, a]), np.stack((a, b), axis=1)


#case: concat_mixed(np.array([1, 2, 3]), np.array([0.5, 1.5, 2.5]))
#case: concat_mixed(np.array([1, 2, 3]), np.array([0.5, 1.5]))


def stacks(x, y):
    return np.stack((x, y)), np.stack([x, y], axis=1), np.stack((x, y), axis=-1), np.vstack((x, y)), np.hstack([x, y])


#case: stacks(np.array([1.0, 2.0]), np.array([3.0, 4.0]))
#case: stacks(np.zeros(0), np.zeros(0))


def stack_bad(x, y):
    return np.stack((x, y), axis=2)


#case: stack_bad(np.ones(2), np.ones(2))
#case: stack_bad(np.ones(2), np.ones(3))


def vh(x, y, m):
    return np.vstack((x, m)), np.vstack((m, m)), np.hstack((m, m)), np.vstack((x, y, m))


#case: vh(np.array([1.0, 2.0]), np.array([3.0, 4.0]), np.arange(4.0).reshape(2, 2))
#case: vh(np.array([1.0, 2.0, 3.0]), np.array([3.0, 4.0]), np.arange(4.0).reshape(2, 2))


def eyes(n, k):
    return np.eye(n), np.eye(n, n + 1), np.eye(n, k=k), np.eye(n, dtype=int), np.identity(n), np.identity(n, dtype=np.int64)


#case: eyes(3, 1)
#case: eyes(3, -2)
#case: eyes(0, 0)
#case: eyes(2, 5)
#case: eyes(-1, 0)


def diags(v, m, k):
    return np.diag(v), np.diag(v, k), np.diag(m), np.diag(m, k), np.diag(m, -k)


#case: diags(np.array([1.0, 2.0, 3.0]), np.arange(12.0).reshape(3, 4), 1)
#case: diags(np.array([1.0]), np.arange(12.0).reshape(4, 3), 2)
#case: diags(np.zeros(0), np.arange(12.0).reshape(4, 3), 5)


def grid(x, y):
    xx, yy = np.meshgrid(x, y)
    xi, yi = np.meshgrid(x, y, indexing="ij")
    g = np.meshgrid(x, y)
    return xx, yy, xx + yy, (xi, yi), np.meshgrid(x, y, indexing="xy"), g[1], g[0][:, ::-1], np.meshgrid(y, x)[0].sum()


#case: grid(np.array([0.0, 0.5, 1.0]), np.array([1, 2]))
#case: grid(np.zeros(0), np.array([1, 2]))


def diffs(a, m):
    return np.diff(a), np.diff(a, 2), np.diff(m), np.diff(m, axis=0), np.diff(m, n=2, axis=-1), np.diff(a > 0)


#case: diffs(np.array([1, 4, 9, 16, -2]), np.arange(12.0).reshape(3, 4) ** 2)
#case: diffs(np.array([1]), np.ones((1, 2)))


def traces(a, m):
    return np.trace(a), np.trace(m), a.trace(), np.trace(a > 2)


#case: traces(np.arange(9).reshape(3, 3), np.arange(6.0).reshape(2, 3))
#case: traces(np.zeros((0, 2), dtype=np.int64), np.zeros((2, 0)))


def sorts(x):
    return np.sort(x), np.argsort(x), np.sort(-x), x, np.sort(x, axis=None)


#case: sorts(np.array([3.0, -1.0, 2.5, 0.0, 7.0]))
#case: sorts(np.array([3.0, np.nan, 2.5, -np.inf, 1.0]))
#case: sorts(np.zeros(0))


def sorts2(a, k):
    return np.sort(a), np.sort(a, axis=k), np.argsort(a, axis=k), np.argsort(a), np.sort(a, axis=None), np.argsort(a, axis=None)


#case: sorts2(np.array([[3, 1, 2], [9, 7, 8], [-1, 5, 0]]), 0)
#case: sorts2(np.array([[3, 1, 2], [9, 7, 8], [-1, 5, 0]]), -1)
#case: sorts2(np.array([[3, 1, 2], [9, 7, 8], [-1, 5, 0]]), 2)


def sort_inplace(m):
    m.sort()
    r = m[0]
    m.sort(axis=0)
    r.sort()
    return m


#case: sort_inplace(np.array([[3.0, 1.0, 2.0], [0.5, 7.0, -8.0]]))


def uniques(a, x):
    return np.unique(a), np.unique(x), np.unique(a.reshape(2, -1))


#case: uniques(np.array([3, 1, 3, 2, 1, 1]), np.array([2.0, np.nan, 1.0, 2.0, np.nan]))
#case: uniques(np.zeros(0, dtype=np.int64), np.zeros(0))


def nonzeros(m, b):
    r, c = np.nonzero(m)
    (k,) = np.nonzero(b)
    return r, c, k, m.nonzero(), np.nonzero(m > 1.0), np.where(m > 1.0), np.where(b)[0]


#case: nonzeros(np.array([[0.0, 2.0, 0.0], [1.0, 3.0, 0.0]]), np.array([True, False, True]))
#case: nonzeros(np.zeros((2, 2)), np.zeros(0, dtype=bool))


def counts(m):
    return np.count_nonzero(m), np.count_nonzero(m, axis=0), np.count_nonzero(m > 1.0, axis=1), np.count_nonzero(m[0], axis=0)


#case: counts(np.array([[0.0, 2.0, 0.0], [1.0, 3.0, np.nan]]))


def tolists(x, a):
    return x.tolist(), a.tolist(), (a > 2).tolist(), x[::2].tolist()


#case: tolists(np.array([1.5, 2.0, -3.0]), np.arange(6).reshape(2, 3))
#case: tolists(np.zeros(0), np.zeros((0, 3), dtype=np.int64))


def items(m, k):
    return m[:1, :1].item(), m.item(k), m.reshape(-1)[k:k + 1].item()


#case: items(np.arange(6.0).reshape(2, 3), 4)
#case: items(np.arange(6.0).reshape(2, 3), -1)
#case: items(np.arange(6.0).reshape(2, 3), 6)
#case: items(np.arange(6.0).reshape(3, 2), 0)


def elementwise(x, lo, hi):
    return np.clip(x, lo, hi), x.clip(lo, hi), np.fmin(x, lo), np.fmax(x, hi), np.clip(x * 2.0, 0.0, hi)


#case: elementwise(np.array([-2.0, 0.5, 3.0, np.nan]), 0.0, 1.0)
#case: elementwise(np.array([-2.0, 0.5, 3.0]), 1.0, 0.0)


def elementwise_int(a, k):
    return np.clip(a, 0, k), np.clip(a, 0.5, k), np.fmin(a, k), np.fmax(a, 2), a.clip(-1, 1), np.power(a, 2), np.power(a, 0.5)


#case: elementwise_int(np.array([-3, 0, 2, 5, 9]), 4)


def rounds(x, d):
    return np.round(x), np.around(x, d), np.round(x, decimals=d), x.round(), x.round(d), np.round(x * 10.0, -1)


#case: rounds(np.array([0.5, 1.5, 2.5, -0.5, 1.2345, -2.675, 1e300, np.nan, np.inf]), 2)
#case: rounds(np.array([0.5, 1.5, 2.5, -0.5, 1.2345, -2.675]), 0)
#case: rounds(np.array([125.0, 135.0, -149.0]), -1)


def angles(z, x):
    return np.angle(z), np.angle(x), np.angle(z * 2.0)


#case: angles(np.array([1 + 1j, -1 + 0j, -1j, 0j]), np.array([-1.0, 0.0, 2.0, -0.0]))


def power_arrays(x, a):
    return np.power(x, 2), np.power(x, a), np.power(a, a), np.power(2, a), np.power(x, 0.5)


#case: power_arrays(np.array([1.5, -2.0, 3.0]), np.array([0, 1, 3]))


def power_neg(a, b):
    return np.power(a, b)


#case: power_neg(np.array([2, 3]), np.array([1, -1]))


def empty_shapes(x):
    return x.reshape(0, 3), np.concatenate((x, x)), np.sort(x), np.unique(x), np.diff(x), x.cumsum(), np.eye(0, 2)


#case: empty_shapes(np.zeros(0))


def ellipsis(a):
    return a[..., 0], a[0, ...], a[..., 1:], a[1, ..., ::-1], a[...], a[..., None].shape, a[0, ..., 1]


#case: ellipsis(np.arange(24.0).reshape(2, 3, 4))


def ellipsis_assign(m):
    m[..., 0] = -1.0
    m[1, ...] += 10.0
    return m


#case: ellipsis_assign(np.arange(6.0).reshape(2, 3))


def dtype_conv(n, x, a):
    return (np.arange(n, dtype=np.float64), np.arange(1, n, 2, dtype=float), np.array(x, dtype=int),
            np.asarray(a, dtype=np.float64), np.array(a, dtype=bool), np.array([1, 2, 3], dtype=complex),
            np.array([[1.5, -2.5]], dtype=np.int64))


#case: dtype_conv(5, np.array([1.7, -2.2, 0.0, np.nan]), np.array([[0, 1], [2, -3]]))
#case: dtype_conv(0, np.zeros(0), np.zeros((0, 2), dtype=np.int64))


def scalar_ufuncs(x, k):
    return (np.round(x), np.angle(x), np.clip(x, 0.0, 1.0), np.clip(k, 0, 3), np.fmin(x, 0.5), np.fmax(k, 2),
            np.power(x, 2), np.power(2.0, k))


#case: scalar_ufuncs(2.5, 5)
#case: scalar_ufuncs(-0.7, -1)
#case: scalar_ufuncs(nan, 2)


def rolls(a, k):
    return np.roll(a, k), np.roll(a, -k), np.roll(a, k, 0), np.roll(a, shift=k, axis=-1), np.roll(a, k) * 2.0


#case: rolls(np.arange(5.0), 2)
#case: rolls(np.arange(5.0), 0)
#case: rolls(np.arange(5.0), 13)
#case: rolls(np.arange(5.0), -7)
#case: rolls(np.array([]), 3)
#case: rolls(np.array([1.5]), 1)


def rolls2(m, k, axis):
    return np.roll(m, k, axis), np.roll(m, k), np.roll(m, k, axis=axis) + m


#case: rolls2(np.arange(12).reshape(3, 4), 1, 0)
#case: rolls2(np.arange(12).reshape(3, 4), -5, 1)
#case: rolls2(np.arange(12).reshape(3, 4), 2, -1)
#case: rolls2(np.arange(12).reshape(3, 4), 1, 2)
#case: rolls2(np.arange(12).reshape(3, 4), 1, -3)
#case: rolls2(np.zeros((0, 4), dtype=np.int64), 1, 0)


def roll_flat(z, k):
    return np.roll(z, k), np.roll(z, k, axis=None)


#case: roll_flat(np.arange(6).reshape(2, 3) * (1 + 2j), 4)
#case: roll_flat(np.arange(6).reshape(3, 2) * 1j, -1)


def roll_views(m, k):
    return np.roll(m[:, ::2], k, 1), np.roll(m.T, k), np.roll(m[::-1], k, 0)


#case: roll_views(np.arange(20.0).reshape(4, 5), 1)
#case: roll_views(np.arange(20.0).reshape(4, 5), -3)
