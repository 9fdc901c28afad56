"""np.linalg.norm with `ord`: every vector order, the matrix orders 1, -1, inf, -inf, 'fro',
along an axis; numpy's result types (float32 for float32 and complex64) and ValueErrors."""

import numpy as np

# export vec_norms(float[])
# export vec_norms(int[])
# export vec_norms(complex[])
# export vec_norms(float32[])
# export vec_norms(complex64[])
# export vec_p(float[:], float)
# export vec_neg_inf(float[])
# export mat_norms(float[:,::])
# export mat_norms(int[:,:])
# export mat_norms(complex[:,:])
# export mat_norms(float32[:,:])
# export mat_neg(float[:,:])
# export axis_norms(float[:,:], int)
# export axis_norms(float32[:,:], int)
# export axis_1d(float[], float)
# export bad_vec_ord(float[])
# export bad_mat_ord(float[:,:])
# export bad_dims(float[:,:,:])
# export cube_default(float[:,:,:])
# export norm_dtypes(bool[], int8[:,:], uint16[], complex64[:,:], float32[:,:,:])


def vec_norms(x):
    return (np.linalg.norm(x), np.linalg.norm(x, 2), np.linalg.norm(x, np.inf), np.linalg.norm(x, 1),
            np.linalg.norm(x, ord=0), np.linalg.norm(x, 3), np.linalg.norm(x, 0.5), np.linalg.norm(x, -2),
            np.linalg.norm(x, ord=-np.inf), np.linalg.norm(x, None))


#case: vec_norms(np.array([3.0, -4.0, 0.0, 1.5]))
#case: vec_norms(np.array([3, -4, 1]))
#case: vec_norms(np.array([3 + 4j, -1j, 2.0]))
#case: vec_norms(np.array([3.0, -4.0, 0.5], dtype=np.float32))
#case: vec_norms(np.array([3 + 4j, -1j], dtype=np.complex64))
#case: vec_norms(np.array([1.0, np.nan]))


def vec_p(x, p):
    return np.linalg.norm(x, p), np.linalg.norm(x, ord=p)


#case: vec_p(np.array([3.0, -4.0, 0.0, 1.5]), 3.0)
#case: vec_p(np.array([3.0, -4.0, 1.5]), -1.5)
#case: vec_p(np.array([3.0, -4.0, 1.5]), np.inf)
#case: vec_p(np.array([3.0, -4.0, 1.5]), -np.inf)
#case: vec_p(np.array([3.0, -4.0, 0.0]), 0.0)
#case: vec_p(np.array([3.0, -4.0, 0.0]), 1.0)
#case: vec_p(np.array([3.0, -4.0, 0.0]), 2.0)
#case: vec_p(np.zeros(0), np.inf)
#case: vec_p(np.zeros(0), 2.5)


def vec_neg_inf(x):
    return np.linalg.norm(x, -np.inf)


#case: vec_neg_inf(np.array([3.0, -0.5]))
#case: vec_neg_inf(np.zeros(0))


def mat_norms(m):
    return (np.linalg.norm(m), np.linalg.norm(m, 'fro'), np.linalg.norm(m, 1), np.linalg.norm(m, -1),
            np.linalg.norm(m, np.inf), np.linalg.norm(m, -np.inf), np.linalg.norm(m, ord='f'))


#case: mat_norms(np.array([[1.0, -2.0, 0.5], [3.0, 4.0, -6.0]]))
#case: mat_norms(np.arange(12.0).reshape(3, 4)[::2, ::-1])
#case: mat_norms(np.array([[1, -2], [3, 4]]))
#case: mat_norms(np.array([[1 + 1j, -2], [3j, 4]]))
#case: mat_norms(np.array([[1.0, -2.0], [3.0, 4.5]], dtype=np.float32))


def mat_neg(m):
    return np.linalg.norm(m, 1), np.linalg.norm(m, np.inf)


#case: mat_neg(np.zeros((0, 3)))
#case: mat_neg(np.zeros((3, 0)))


def axis_norms(m, k):
    return (np.linalg.norm(m, axis=k), np.linalg.norm(m, 1, axis=k), np.linalg.norm(m, np.inf, k),
            np.linalg.norm(m, ord=0, axis=k), np.linalg.norm(m, ord=3, axis=k), np.linalg.norm(m, -np.inf, axis=k))


#case: axis_norms(np.array([[1.0, -2.0, 0.5], [3.0, 4.0, -6.0]]), 0)
#case: axis_norms(np.array([[1.0, -2.0, 0.5], [3.0, 4.0, -6.0]]), -1)
#case: axis_norms(np.array([[1.0, -2.0, 0.5], [3.0, 4.0, -6.0]]), 2)
#case: axis_norms(np.array([[1.0, -2.0], [3.0, 4.5]], dtype=np.float32), 1)


def axis_1d(x, p):
    return np.linalg.norm(x, p, axis=0)


#case: axis_1d(np.array([3.0, -4.0]), 1.0)


def bad_vec_ord(x):
    return np.linalg.norm(x, 'fro')


#case: bad_vec_ord(np.array([3.0, -4.0]))


def bad_mat_ord(m):
    return np.linalg.norm(m, 3)


#case: bad_mat_ord(np.eye(2))


def bad_dims(a):
    return np.linalg.norm(a, 1)


#case: bad_dims(np.zeros((2, 2, 2)))


def cube_default(a):
    return np.linalg.norm(a), np.linalg.norm(a, axis=1), np.linalg.norm(a, 1, axis=2)


#case: cube_default(np.arange(24.0).reshape(2, 3, 4))


def norm_dtypes(b, i8, u16, c64, f32):
    return (np.linalg.norm(b), np.linalg.norm(b, 1), np.linalg.norm(i8), np.linalg.norm(i8, np.inf),
            np.linalg.norm(i8, axis=0), np.linalg.norm(u16, 3), np.linalg.norm(c64, -1), np.linalg.norm(c64, axis=1),
            np.linalg.norm(f32), np.linalg.norm(f32, 2, axis=2))


#case: norm_dtypes(np.array([True, False, True]), np.array([[-128, 1], [3, 4]], np.int8), np.array([1, 2, 300], np.uint16), np.array([[1 + 1j, 2], [3j, -4]], np.complex64), np.arange(8, dtype=np.float32).reshape(2, 2, 2))
