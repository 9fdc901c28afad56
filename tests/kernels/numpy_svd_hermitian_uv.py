"""np.linalg.svd(a, hermitian=True) with its vectors and np.linalg.pinv(a, hermitian=True), as
numpy composes them from eigh: the signs of the eigenvalues moved into vh, the moduli ordered
by numpy's own argsort reversed (ties -- w and -w, repeated eigenvalues, zeros -- in numpy's
order), only the lower triangle read; float32/int/complex/complex64 matrices, stacks, empty
matrices, the SVDResult fields, and numpy's LinAlgError for a matrix that is not square."""

import numpy as np

# export svh(float[:,:])
# export svh(complex[:,:])
# export svh(float32[:,:])
# export svh(complex64[:,:])
# export svh(int[:,:])
# export svh(float[:,:,:])
def svh(a):
    return np.linalg.svd(a, hermitian=True)

#case: svh(np.array([[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]]))
#case: svh(np.array([[1.0, 5.0], [5.0, -3.0]]))
#case: svh(np.eye(4))
#case: svh(-np.eye(3))
#case: svh(np.diag([1.0, -1.0, 2.0, -2.0, 1.0, 0.0, -0.0]))
#case: svh(np.diag([3.0, -3.0, 3.0, -3.0, 3.0, -3.0, 3.0, -3.0, 3.0, -3.0, 3.0, -3.0, 3.0, -3.0, 3.0, -3.0, 3.0, -3.0, 3.0]))
#case: svh(np.array([[0.0, 1.0], [1.0, 0.0]]))
#case: svh(np.array([[1.0, 2.0], [99.0, 4.0]]))
#case: svh(np.zeros((3, 3)))
#case: svh(np.zeros((0, 0)))
#case: svh(np.ones((2, 3)))
#case: svh(np.ones((1, 1)))
#case: svh(np.array([[2.0, 1j], [-1j, 2.0]]))
#case: svh(np.array([[0.0, 1j], [-1j, 0.0]]))
#case: svh(np.array([[1.0, 2.0 - 1j, 0.5j], [2.0 + 1j, -1.0, 3.0], [-0.5j, 3.0, 0.0]]))
#case: svh(np.array([[1.0, 2.0], [2.0, 1.0]], dtype=np.float32))
#case: svh(np.array([[1.0, 1e-9], [1e-9, -1.0]], dtype=np.float32))
#case: svh(np.array([[0.0, 1j], [-1j, 0.0]], dtype=np.complex64))
#case: svh(np.array([[1, 2], [2, -7]]))
#case: svh(np.array([[0, 3], [3, 0]]))
#case: svh(np.stack([np.eye(2), np.array([[1.0, 3.0], [3.0, 1.0]]), -np.eye(2)]))
#case: svh(np.zeros((2, 0, 0)))
#case: svh(np.ones((2, 2, 3)))

# export svh_view(float[:,::])
def svh_view(a):
    return np.linalg.svd(a, hermitian=True)

#case: svh_view(np.arange(16.0).reshape(4, 4)[::-1, ::-1].T)
#case: svh_view(np.arange(25.0).reshape(5, 5)[::2, ::2])

# export svh_fields(float[:,:])
def svh_fields(a):
    r = np.linalg.svd(a, True, True, True)
    return r.U, r.S, r.Vh, r.U @ np.diag(r.S) @ r.Vh

#case: svh_fields(np.array([[4.0, 1.0], [1.0, -9.0]]))
#case: svh_fields(np.array([[4.0, 1.0, 0.0], [1.0, -4.0, 0.0], [0.0, 0.0, 4.0]]))

# export svh_full(float[:,:], bool)
def svh_full(a, full):
    u, s, vh = np.linalg.svd(a, full, hermitian=True)
    return u, s, vh

#case: svh_full(np.array([[4.0, 1.0], [1.0, -9.0]]), False)
#case: svh_full(np.array([[4.0, 1.0], [1.0, -9.0]]), True)

# export pinvh(float[:,:])
# export pinvh(complex[:,:])
def pinvh(a):
    return np.linalg.pinv(a, hermitian=True)

#case: pinvh(np.array([[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]]))
#case: pinvh(np.array([[1.0, 5.0], [5.0, -3.0]]))
#case: pinvh(np.diag([1.0, -1.0, 2.0, -2.0, 0.0]))
#case: pinvh(np.eye(5) - 2.0)
#case: pinvh(np.ones((4, 4)))
#case: pinvh(np.zeros((3, 3)))
#case: pinvh(np.zeros((0, 0)))
#case: pinvh(np.zeros((0, 3)))
#case: pinvh(np.ones((2, 3)))
#case: pinvh(np.array([[1.0, 2.0], [99.0, 4.0]]))
#case: pinvh(np.array([[2.0, 1j], [-1j, 2.0]]))
#case: pinvh(np.array([[0.0, 1j], [-1j, 0.0]]))
#case: pinvh(np.array([[1.0, 2.0 - 1j, 0.5j], [2.0 + 1j, -1.0, 3.0], [-0.5j, 3.0, 0.0]]))

# export pinvh_tol(float[:,:], float)
def pinvh_tol(a, r):
    return np.linalg.pinv(a, r, True), np.linalg.pinv(a, hermitian=True, rtol=r), np.linalg.pinv(a, hermitian=True, rtol=None)

#case: pinvh_tol(np.array([[1.0, 0.0, 0.0], [0.0, 1e-3, 0.0], [0.0, 0.0, -1e-12]]), 1e-2)
#case: pinvh_tol(np.array([[1.0, 0.0, 0.0], [0.0, 1e-3, 0.0], [0.0, 0.0, -1e-12]]), 0.0)

# export pinvh_both(float[:,:])
def pinvh_both(a):
    return np.linalg.pinv(a, 1e-3, True, rtol=1e-3)

#case: pinvh_both(np.eye(2))
