"""NumPy linear algebra: dot / matmul / @ of matrices and vectors, outer, inner, vdot, linalg.norm
(ord=, axis=, keepdims=)."""

import numpy as np

# export mm(float[:,:], float[:,:])
# export mm_int(int[:,:], int[:,:])
# export mm_mixed(int[:,:], float[:,:])
# export mv(float[:,:], float[])
# export vm(float[], float[:,:])
# export mm_complex(complex[:,:], complex[:,:])
# export mm_views(float[:,:])
# export mm_chain(float[:,:], float[:,:], float[])
# export vv(float[], float[])
# export outers(float[], int[])
# export outer_2d(float[:,:], float[])
# export vdots(complex[], complex[])
# export vdot_real(float[:,:], float[:,:])
# export norms(float[], float[:,:], complex[], int[])
# export mm_big(int)
# export norms_axis(float[:,:], int)
# export norms_keep(float[:,:], int)
# export norms_keep(float32[:,:], int)


def mm(a, b):
    return a @ b, np.dot(a, b), np.matmul(a, b), a.dot(b)


#case: mm(np.arange(6.0).reshape(2, 3), np.arange(12.0).reshape(3, 4))
#case: mm(np.ones((2, 3)), np.ones((2, 3)))
#case: mm(np.ones((0, 3)), np.ones((3, 2)))
#case: mm(np.ones((2, 0)), np.ones((0, 2)))
#case: mm(np.array([[np.nan, 1.0]]), np.ones((2, 1)))


def mm_int(a, b):
    return a @ b, np.dot(a, b)


#case: mm_int(np.arange(6).reshape(2, 3), np.arange(12).reshape(3, 4) - 5)


def mm_mixed(a, b):
    return a @ b, np.dot(b.T, a.T)


#case: mm_mixed(np.arange(6).reshape(2, 3), np.arange(12.0).reshape(3, 4) / 7.0)


def mv(a, x):
    return a @ x, np.dot(a, x), np.matmul(a, x)


#case: mv(np.arange(6.0).reshape(2, 3), np.array([1.0, -1.0, 0.5]))
#case: mv(np.arange(6.0).reshape(2, 3), np.array([1.0, -1.0]))


def vm(x, a):
    return x @ a, np.dot(x, a)


#case: vm(np.array([1.0, -1.0]), np.arange(6.0).reshape(2, 3))
#case: vm(np.array([1.0, -1.0, 2.0]), np.arange(6.0).reshape(2, 3))


def mm_complex(a, b):
    return a @ b, np.dot(a, b)


#case: mm_complex(np.array([[1 + 1j, 2.0], [0.5j, -1.0]]), np.array([[1.0, 1j], [2.0, 3.0 - 1j]]))


# export mm_bits(float[:,::], float[:,::])
# export mm_bits(complex[:,::], complex[:,::])
def mm_bits(a, b):
    # numpy multiplies matrices with its BLAS (gemm; syrk for a matrix times its own
    # transpose) when it can read them as they are, with its own loops otherwise
    return (a @ b, a.T @ b[:, :a.shape[0]].T, a @ a.T, a.T @ a, a[:, ::2] @ b[::2], a[::-1] @ b,
            np.dot(a, b[:, ::-1]), a[1:, 1:] @ b[1:, 1:])


#case: mm_bits(np.arange(12.0).reshape(3, 4) / 3.0, np.arange(20.0).reshape(4, 5) / 7.0)
#case: mm_bits((np.arange(12.0) - 1j).reshape(3, 4) / 3.0, (np.arange(20.0) + 2j).reshape(4, 5) / 7.0)


def mm_views(m):
    return m.T @ m, m[::2] @ m[:, 1:].T, m[:, ::-1] @ m.T


#case: mm_views(np.arange(12.0).reshape(3, 4) / 3.0)


def mm_chain(a, b, x):
    return (a @ b) @ x, a @ (b @ x) + 1.0, np.sqrt((a @ b) ** 2).sum(axis=0)


#case: mm_chain(np.arange(4.0).reshape(2, 2), np.eye(2) * 3.0, np.array([1.0, 2.0]))


def vv(x, y):
    return x @ y, np.dot(x, y), np.inner(x, y), np.matmul(x, y), x.dot(y)


#case: vv(np.array([1.0, 2.0, 3.0]), np.array([0.5, -1.0, 4.0]))
#case: vv(np.array([1.0, 2.0, 3.0]), np.array([0.5, -1.0]))


def outers(x, a):
    return np.outer(x, a), np.outer(a, a), np.outer(a > 1, a > 0)


#case: outers(np.array([1.0, 2.0]), np.array([0, 1, 3]))
#case: outers(np.zeros(0), np.array([0, 1, 3]))


def outer_2d(m, x):
    return np.outer(m, x)


#case: outer_2d(np.arange(4.0).reshape(2, 2), np.array([1.0, -1.0]))


def vdots(z, w):
    return np.vdot(z, w), np.vdot(w, z), np.inner(z, w)


#case: vdots(np.array([1 + 2j, 3 - 1j]), np.array([2j, 1.0 + 0j]))
#case: vdots(np.array([1 + 2j, 3 - 1j]), np.array([2j]))


def vdot_real(a, b):
    return np.vdot(a, b)


#case: vdot_real(np.arange(6.0).reshape(2, 3), np.ones((3, 2)))


def norms(x, m, z, a):
    return np.linalg.norm(x), np.linalg.norm(m), np.linalg.norm(z), np.linalg.norm(a), np.linalg.norm(x - 1.0)


#case: norms(np.array([3.0, 4.0]), np.arange(6.0).reshape(2, 3), np.array([3 + 4j, 1j]), np.array([1, -2, 2]))
#case: norms(np.zeros(0), np.zeros((0, 2)), np.zeros(0, dtype=complex), np.zeros(0, dtype=np.int64))


def mm_big(n):
    a = np.arange(float(n * n)).reshape(n, n) % 7.0 - 3.0
    b = (a.T * 0.5 + 1.0) % 5.0
    c = a @ b
    return c, c.sum(), a[1:, :-1] @ b[:-1, 1:]


#case: mm_big(150)
#case: mm_big(37)


def norms_axis(m, k):
    d = m[:, None, :] - m[None, :, :]
    return np.linalg.norm(m, axis=k), np.linalg.norm(m[0], axis=0), np.linalg.norm(d, axis=-1), np.linalg.norm(m, None, k)


#case: norms_axis(np.array([[3.0, 4.0], [1.0, -1.0], [0.0, 2.0]]), 1)
#case: norms_axis(np.array([[3.0, 4.0], [1.0, -1.0], [0.0, 2.0]]), -2)
#case: norms_axis(np.array([[3.0, 4.0], [1.0, -1.0], [0.0, 2.0]]), 2)


def norms_keep(m, k):
    return (np.linalg.norm(m, axis=k, keepdims=True), np.linalg.norm(m, keepdims=True),
            np.linalg.norm(m[0], 1, keepdims=True), np.linalg.norm(m, np.inf, keepdims=True),
            np.linalg.norm(m, 2, keepdims=True), np.linalg.norm(m, axis=k, keepdims=False))


#case: norms_keep(np.array([[3.0, 4.0], [1.0, -1.0], [0.0, 2.0]]), 1)
#case: norms_keep(np.array([[3.0, 4.0], [1.0, -1.0], [0.0, 2.0]]), -2)
#case: norms_keep(np.array([[3.0, 4.0], [1.0, -1.0], [0.0, 2.0]]), 2)
#case: norms_keep(np.array([[3.0, 4.0], [1.0, -1.0], [0.0, 2.0]], dtype=np.float32), 0)
