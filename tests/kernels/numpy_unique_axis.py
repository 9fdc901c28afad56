"""`np.unique(a, axis=k)`: the distinct slices along an axis (numpy's rows: sorted
lexicographically, NaN last, rows with NaN never merged), with `return_index`,
`return_inverse` (1-D), `return_counts`; int, float, bool, complex, float32 arrays, 3-D,
negative axes, empty arrays and numpy's AxisError."""

import numpy as np

# export uniq_rows(float[:,:], int)
# export uniq_all(float[:,:], int)
# export uniq_int(int[:,:])
# export uniq_3d(int[:,:,:], int)
# export uniq_1d(int[], int)
# export uniq_kinds(bool[:,:], complex[:,:], float32[:,:])
# export uniq_view(int[:,::])
# export uniq_sum(float[:,:])


def uniq_rows(a, k):
    return np.unique(a, axis=k)


#case: uniq_rows(np.array([[1.0, 2.0], [0.5, 3.0], [1.0, 2.0], [1.0, -1.0]]), 0)
#case: uniq_rows(np.array([[1.0, 2.0], [0.5, 3.0], [1.0, 2.0], [1.0, -1.0]]), 1)
#case: uniq_rows(np.array([[1.0, 2.0], [0.5, 3.0], [1.0, 2.0], [1.0, -1.0]]), -1)
#case: uniq_rows(np.array([[1.0, 2.0], [0.5, 3.0], [1.0, 2.0], [1.0, -1.0]]), -2)
#case: uniq_rows(np.array([[1.0, 2.0], [0.5, 3.0]]), 2)
#case: uniq_rows(np.array([[1.0, 2.0], [0.5, 3.0]]), -3)
#case: uniq_rows(np.zeros((3, 0)), 0)
#case: uniq_rows(np.zeros((0, 3)), 0)
#case: uniq_rows(np.zeros((0, 3)), 1)
#case: uniq_rows(np.array([[nan, 1.0], [nan, 1.0], [inf, 0.0], [-inf, nan], [-inf, 2.0]]), 0)


def uniq_all(a, k):
    return np.unique(a, return_index=True, return_inverse=True, return_counts=True, axis=k)


#case: uniq_all(np.array([[1.0, nan], [1.0, nan], [0.0, 2.0], [-0.0, 2.0], [nan, 0.0], [1.0, -1.0]]), 0)
#case: uniq_all(np.array([[3.0, 1.0, 3.0], [2.0, 2.0, 2.0], [3.0, 1.0, 3.0]]), 1)
#case: uniq_all(np.zeros((3, 0)), 0)
#case: uniq_all(np.zeros((0, 2)), 0)
#case: uniq_all(np.ones((2, 2)), 5)


def uniq_int(m):
    u, inv = np.unique(m, axis=1, return_inverse=True)
    v, c = np.unique(m, return_counts=True, axis=0)
    return u, inv, v, c, u[:, inv]


#case: uniq_int(np.array([[3, 1, 3, 1], [2, 2, 2, 5], [3, 1, 3, 1]]))
#case: uniq_int(np.array([[-2**63, 2**63 - 1], [-2**63, 2**63 - 1]]))
#case: uniq_int(np.array([[7]]))


def uniq_3d(a, k):
    u, i, c = np.unique(a, True, False, True, k)
    return u, i, c


#case: uniq_3d(np.array([[[1, 2], [1, 2]], [[0, 1], [1, 2]], [[1, 2], [1, 2]]]), 0)
#case: uniq_3d(np.array([[[1, 2], [1, 2]], [[0, 1], [1, 2]], [[1, 2], [1, 2]]]), 1)
#case: uniq_3d(np.array([[[1, 2], [1, 2]], [[0, 1], [1, 2]], [[1, 2], [1, 2]]]), 2)
#case: uniq_3d(np.arange(24).reshape(2, 3, 4) % 3, -1)


def uniq_1d(a, k):
    return np.unique(a, axis=k), np.unique(a, return_inverse=True, axis=k)


#case: uniq_1d(np.array([3, 1, 3, -4]), 0)
#case: uniq_1d(np.array([3, 1, 3, -4]), -1)
#case: uniq_1d(np.array([3, 1, 3, -4]), 1)
#case: uniq_1d(np.array([], dtype=np.int64), 0)


def uniq_kinds(b, z, f):
    return np.unique(b, axis=0), np.unique(z, axis=1, return_counts=True), np.unique(f, axis=0, return_index=True)


#case: uniq_kinds(np.array([[True, False], [False, True], [True, False]]), np.array([[1 + 2j, 1 + 2j, 1 - 2j], [nan + 0j, nan + 0j, 0j]]), np.array([[0.1, 0.2], [0.1, 0.2], [-0.1, 0.3]], dtype=np.float32))


def uniq_view(m):
    return np.unique(m, axis=0), np.unique(m.T, axis=0, return_inverse=True)


#case: uniq_view(np.array([[1, 2, 3, 4], [1, 2, 3, 4], [1, 0, 3, 9]])[:, ::2])
#case: uniq_view(np.array([[1, 2, 3, 4], [1, 2, 3, 4], [1, 0, 3, 9]])[::-1, 1:])


def uniq_sum(a):
    u = np.unique(a, axis=0)
    return u.sum(axis=1), u.shape[0]


#case: uniq_sum(np.array([[1.5, 2.0], [1.5, 2.0], [0.0, 1.0]]))
