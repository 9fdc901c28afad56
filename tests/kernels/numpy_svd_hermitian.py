"""np.linalg.svd(a, compute_uv=False, hermitian=True): numpy's `abs(eigvalsh(a))` sorted and
reversed, on numpy's LAPACK: symmetric, Hermitian, indefinite, singular and identity
matrices (ties), only the lower triangle read, float32/int/complex, stacks, and numpy's
LinAlgError for a matrix that is not square."""

import numpy as np

# export sv(float[:,:])
# export sv(complex[:,:])
# export sv(float32[:,:])
# export sv(int[:,:])
# export sv(float[:,:,:])
def sv(a):
    return np.linalg.svd(a, compute_uv=False, hermitian=True)

#case: sv(np.array([[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]]))
#case: sv(np.array([[1.0, 5.0], [5.0, -3.0]]))
#case: sv(np.eye(4))
#case: sv(-np.eye(3))
#case: sv(np.array([[1.0, 2.0], [99.0, 4.0]]))
#case: sv(np.array([[0.0, 0.0], [0.0, 0.0]]))
#case: sv(np.zeros((0, 0)))
#case: sv(np.ones((2, 3)))
#case: sv(np.array([[2.0, 1j], [-1j, 2.0]]))
#case: sv(np.array([[1.0, 2.0], [2.0, 1.0]], dtype=np.float32))
#case: sv(np.array([[1, 2], [2, -7]]))
#case: sv(np.stack([np.eye(2), np.array([[1.0, 3.0], [3.0, 1.0]])]))

# export sv_kw(float[:,:])
def sv_kw(a):
    return np.linalg.svd(a, False, False, True), np.linalg.svd(a, hermitian=False, compute_uv=False)

#case: sv_kw(np.array([[4.0, 1.0], [1.0, -9.0]]))
