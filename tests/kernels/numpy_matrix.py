"""numpy's matrix and array-construction functions: `tri`, `tril`/`triu` (k=), `flip`/`fliplr`/
`flipud` (axis=), `rot90` (k, axes), `diagonal` (offset, axis1, axis2; read-only view),
`swapaxes`, `moveaxis`, `expand_dims`, `squeeze(axis=)`, `atleast_1d`/`atleast_2d`,
`broadcast_to` (read-only view), `kron`, `vander`, `column_stack`, `dstack`. Views write
through to their base as numpy's do."""

import numpy as np

# export tris(int, int, int)
# export tri_dtype(int)
# export trils(float[:,:], int)
# export trils(int32[:,:], int)
# export trils(complex[:,:,:], int)
# export flips(float[:,:])
# export flips(int8[:,:])
# export flip_axis(float[:,:,:], int)
# export flip_1d(int[])
# export flip_write(float[:])
# export rots(float[:,:], int)
# export rot_axes(float[:,:,:], int)
# export diags(float[:,:], int)
# export diags3(float[:,:,:])
# export diag_axes(float[:,:,:], int, int, int)
# export diag_write(float[:,:])
# export diag_alias(float[:,:])
# export axes_moves(float[:,:,:], int, int)
# export expand(float[:], int)
# export expand(int[:,:], int)
# export squeezes(float[:,:,:], int)
# export least(float[:])
# export least(float[:,:])
# export least_scalar(float, int)
# export bcast(float[:], int)
# export bcast2(float[:,:], int, int)
# export bcast_write(float[:])
# export krons(float[:], float[:])
# export krons(float[:,:], int[:,:])
# export krons(int32[:,:], int32[:,:])
# export krons(complex[:], complex[:])
# export krons(complex64[:], complex64[:])
# export vanders(float[:], int)
# export vanders(int[:], int)
# export vanders(float32[:], int)
# export vanders(complex[:], int)
# export vander_default(float[:])
# export stacks(float[:], float[:])
# export stacks2(float[:,:], float[:])
# export dstacks(float[:,:], float[:,:])
# export takes(float[:,:], int[:])
# export takes(int32[:,:], int[:])
# export take_modes(float[:], int[:,:])
# export take_one(float[:,:], int)
# export take_list(float[:,:])
# export along(float[:,:], int[:,:])
# export along_sort(float[:,:])
# export along_1d(float[:], int[:])
# export grads(float[:], float)
# export grads(int[:], int)
# export grad2(float[:,:], int)
# export grad_all(float[:,:])
# export grad_edge(float[:], int)


def tris(n, m, k):
    return np.tri(n), np.tri(n, m), np.tri(n, m, k), np.tri(n, k=k)


def tri_dtype(n):
    return np.tri(n, dtype=np.int64), np.tri(n, n, -1, bool), np.tri(n, dtype=np.float32)


def trils(a, k):
    return np.tril(a), np.triu(a), np.tril(a, k), np.triu(a, k=k), np.tril(a, -k)


def flips(a):
    return np.flip(a), np.flip(a, 0), np.flip(a, axis=1), np.fliplr(a), np.flipud(a)


def flip_axis(a, axis):
    return np.flip(a, axis), np.flip(a, -1).sum()


def flip_1d(a):
    return np.flip(a) * 2, np.flipud(a)


def flip_write(a):
    b = np.flip(a)
    b[0] = 100.0
    return a, b


def rots(a, k):
    return np.rot90(a), np.rot90(a, k), np.rot90(a, 2), np.rot90(a, -1), np.rot90(a, k, (1, 0))


def rot_axes(a, k):
    return np.rot90(a, k, axes=(0, 2)), np.rot90(a, k, (1, 2)), np.rot90(a, k, (0, 3))


def diags(a, k):
    return np.diagonal(a), np.diagonal(a, k), np.diagonal(a, offset=-k), np.diagonal(a, 1, 1, 0)


def diags3(a):
    return np.diagonal(a), np.diagonal(a, 0, 1, 2), np.diagonal(a, axis1=0, axis2=-1), np.diagonal(a, 0, 2, 2)


def diag_axes(a, k, a1, a2):
    return np.diagonal(a, k, a1, a2)


def diag_write(a):
    d = np.diagonal(a)
    d[0] = 1.0
    return d


def diag_alias(a):
    d = np.diagonal(a)
    a[0, 0] = 42.0
    return d.copy(), d.sum()


def axes_moves(a, i, j):
    return np.swapaxes(a, i, j), np.moveaxis(a, i, j), np.moveaxis(a, 0, -1) + 1.0


def expand(a, axis):
    return np.expand_dims(a, axis), np.expand_dims(a, axis=0)


def squeezes(a, axis):
    return np.squeeze(a, axis), np.squeeze(a, axis=-1).shape


def least(a):
    return np.atleast_1d(a), np.atleast_2d(a)


def least_scalar(x, n):
    return np.atleast_1d(x), np.atleast_2d(x), np.atleast_2d(n), np.atleast_1d(np.float32(x))


def bcast(a, n):
    return np.broadcast_to(a, (n, a.shape[0])), np.broadcast_to(a, a.shape[0]) * 2.0


def bcast2(a, n, m):
    return np.broadcast_to(a, (n, m))


def bcast_write(a):
    b = np.broadcast_to(a, (2, a.shape[0]))
    b[0, 0] = 1.0
    return b


def krons(a, b):
    return np.kron(a, b)


def vanders(x, n):
    return np.vander(x, n), np.vander(x, n, True), np.vander(x, N=n, increasing=False)


def vander_default(x):
    return np.vander(x)


def stacks(a, b):
    return np.column_stack((a, b)), np.dstack((a, b)), np.column_stack([a, b, a])


def stacks2(m, a):
    return np.column_stack((m, a))


def dstacks(a, b):
    return np.dstack((a, b))


def takes(a, i):
    return np.take(a, i), np.take(a, i, axis=0), np.take(a, i, 1), np.take(a, i, axis=-1, mode="wrap")


def take_modes(a, i):
    return np.take(a, i, mode="wrap"), np.take(a, i, mode="clip"), np.take(a, i, axis=0, mode="clip")


def take_one(a, i):
    return np.take(a, i), np.take(a, i, mode="wrap"), np.take(a, i, mode="clip")


def take_list(a):
    return np.take(a, [0, -1]), np.take(a, [1, 0], axis=1)


def along(a, i):
    return np.take_along_axis(a, i, axis=1), np.take_along_axis(a, i[:1], 0), np.take_along_axis(a, i, -1)


def along_sort(a):
    return np.take_along_axis(a, np.argsort(a, axis=0), axis=0)


def along_1d(a, i):
    return np.take_along_axis(a, i, None), np.take_along_axis(a, i, 0)


def grads(x, dx):
    return np.gradient(x), np.gradient(x, dx), np.gradient(x, dx, edge_order=2), np.gradient(x, edge_order=1)


def grad2(a, axis):
    return np.gradient(a, axis=axis), np.gradient(a, 0.25, axis=axis, edge_order=2)


def grad_all(a):
    gy, gx = np.gradient(a, 2.0)
    return gy, gx, np.gradient(a, edge_order=2)


def grad_edge(x, e):
    return np.gradient(x, 0.1, edge_order=e)


#case: tris(3, 4, 1)
#case: tris(3, 2, -1)
#case: tris(0, 3, 0)
#case: tris(-2, 3, 0)
#case: tris(2, -1, 5)
#case: tri_dtype(3)
#case: trils(np.arange(12.0).reshape(3, 4), 1)
#case: trils(np.ascontiguousarray(np.arange(12.0).reshape(4, 3)[::-1]), -2)
#case: trils(np.arange(12, dtype=np.int32).reshape(3, 4), 9)
#case: trils(np.arange(24.0).reshape(2, 3, 4) + 1j, 0)
#case: trils(np.zeros((0, 3)), 0)
#case: flips(np.arange(6.0).reshape(2, 3))
#case: flips(np.arange(6, dtype=np.int8).reshape(2, 3).T)
#case: flips(np.zeros((0, 2)))
#case: flip_axis(np.arange(24.0).reshape(2, 3, 4), 1)
#case: flip_axis(np.arange(24.0).reshape(2, 3, 4), -3)
#case: flip_axis(np.arange(24.0).reshape(2, 3, 4), 3)
#case: flip_1d(np.arange(5))
#case: flip_write(np.arange(4.0))
#case: rots(np.arange(6.0).reshape(2, 3), 1)
#case: rots(np.arange(6.0).reshape(2, 3), 3)
#case: rots(np.arange(6.0).reshape(2, 3), -7)
#case: rots(np.ascontiguousarray(np.arange(12.0).reshape(3, 4)[:, ::2]), 0)
#case: rot_axes(np.arange(24.0).reshape(2, 3, 4), 1)
#case: rot_axes(np.arange(24.0).reshape(2, 3, 4), 2)
#case: diags(np.arange(12.0).reshape(3, 4), 1)
#case: diags(np.arange(12.0).reshape(3, 4), 5)
#case: diags(np.ascontiguousarray(np.arange(12.0).reshape(4, 3)[::-1]), 2)
#case: diags(np.zeros((0, 3)), 0)
#case: diags3(np.arange(24.0).reshape(2, 3, 4))
#case: diag_axes(np.arange(24.0).reshape(2, 3, 4), 1, 2, 0)
#case: diag_axes(np.arange(24.0).reshape(2, 3, 4), -1, 0, 3)
#case: diag_write(np.eye(3))
#case: diag_alias(np.ones((3, 3)))
#case: axes_moves(np.arange(24.0).reshape(2, 3, 4), 0, 2)
#case: axes_moves(np.arange(24.0).reshape(2, 3, 4), -1, 1)
#case: axes_moves(np.arange(24.0).reshape(2, 3, 4), 1, 1)
#case: axes_moves(np.arange(24.0).reshape(2, 3, 4), 0, 3)
#case: expand(np.arange(3.0), 1)
#case: expand(np.arange(3.0), -1)
#case: expand(np.arange(3.0), 2)
#case: expand(np.arange(6).reshape(2, 3), -2)
#case: squeezes(np.arange(3.0).reshape(1, 3, 1), 0)
#case: squeezes(np.arange(3.0).reshape(1, 3, 1), 1)
#case: least(np.arange(3.0))
#case: least(np.arange(6.0).reshape(2, 3))
#case: least_scalar(2.5, 3)
#case: bcast(np.arange(3.0), 2)
#case: bcast(np.arange(3.0), 0)
#case: bcast(np.arange(3.0), -1)
#case: bcast2(np.arange(3.0).reshape(3, 1), 3, 4)
#case: bcast2(np.arange(3.0).reshape(3, 1), 2, 4)
#case: bcast_write(np.arange(3.0))
#case: krons(np.array([1.0, 2.0]), np.array([3.0, 4.0, 5.0]))
#case: krons(np.arange(4.0).reshape(2, 2), np.array([[1, -1], [2, 0]]))
#case: krons(np.full((2, 2), 70000, dtype=np.int32), np.full((1, 2), 70000, dtype=np.int32))
#case: krons(np.array([1 + 2j, 0.5j]), np.array([3 - 1j, 1e300 + 1e300j]))
#case: krons(np.zeros(0), np.arange(3.0))
#case: vanders(np.array([1.5, -2.0, 3.0, 0.1]), 4)
#case: vanders(np.array([1.5, -2.0, 3.0, 0.1]), 0)
#case: vanders(np.array([1.5, -2.0]), -1)
#case: vanders(np.array([3, -2, 7]), 25)
#case: vanders(np.array([1.1, 2.2], dtype=np.float32), 5)
#case: vanders(np.array([1 + 1j, 0.5 - 2j]), 4)
#case: vander_default(np.linspace(0.0, 1.0, 7))
#case: vander_default(np.zeros(0))
#case: stacks(np.arange(3.0), np.arange(3.0, 6.0))
#case: stacks(np.arange(3.0), np.arange(4.0))
#case: stacks2(np.arange(6.0).reshape(3, 2), np.arange(3.0))
#case: dstacks(np.arange(6.0).reshape(2, 3), np.ones((2, 3)))
#case: takes(np.arange(12.0).reshape(3, 4), np.array([0, 2, -1]))
#case: takes(np.arange(12.0).reshape(3, 4), np.array([0, 3]))
#case: takes(np.arange(12.0).reshape(3, 4), np.array([4]))
#case: takes(np.arange(12.0).reshape(3, 4), np.array([12]))
#case: takes(np.arange(12, dtype=np.int32).reshape(4, 3).T, np.array([], dtype=np.int64))
#case: take_modes(np.arange(5.0), np.array([[7, -1], [-9, 2]]))
#case: take_modes(np.zeros(0), np.array([[1]]))
#case: take_modes(np.zeros(0), np.zeros((0, 2), dtype=np.int64))
#case: take_one(np.arange(6.0).reshape(2, 3), 4)
#case: take_one(np.arange(6.0).reshape(2, 3), -7)
#case: take_one(np.ascontiguousarray(np.arange(6.0).reshape(2, 3)[:, ::-2]), 3)
#case: take_list(np.arange(6.0).reshape(2, 3))
#case: along(np.arange(6.0).reshape(2, 3), np.array([[2, 0], [1, -1]]))
#case: along(np.arange(6.0).reshape(2, 3), np.array([[2, 0], [1, 3]]))
#case: along(np.arange(6.0).reshape(2, 3), np.array([[2, 0, 1]]))
#case: along_sort(np.array([[3.0, 1.0], [1.0, 2.0], [2.0, 0.0]]))
#case: along_1d(np.array([3.0, 1.0, 2.0]), np.array([2, 2, 0, -3]))
#case: grads(np.array([1.0, 4.0, 9.0, 16.0, 25.5]), 0.1)
#case: grads(np.sin(np.linspace(0.0, 3.0, 40)), 3.0 / 39)
#case: grads(np.array([1.0, 4.0, 9.0]), 0.0)
#case: grads(np.array([1.0, 4.0]), 1.0)
#case: grads(np.array([1, 4, 9, 16]), 2)
#case: grads(np.array([1.0, np.nan, 9.0, np.inf]), -1.5)
#case: grad2(np.arange(20.0).reshape(4, 5) ** 1.5, 0)
#case: grad2(np.arange(20.0).reshape(4, 5).T ** 1.5, -1)
#case: grad2(np.arange(20.0).reshape(4, 5), 2)
#case: grad2(np.ones((2, 5)), 0)
#case: grad_all(np.random.default_rng(3).standard_normal((5, 6)))
#case: grad_edge(np.array([1.0, 2.0, 4.0, 8.0]), 1)
#case: grad_edge(np.array([1.0, 2.0, 4.0, 8.0]), 3)
#case: grad_edge(np.array([1.0]), 1)
#case: krons(np.array([1 + 2j, 0.5j], dtype=np.complex64), np.array([3 - 1j, 0.1 + 0.7j], dtype=np.complex64))
