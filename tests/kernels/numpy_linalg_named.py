"""np.linalg's named tuples read by field inside compiled code (`r.U`, `.eigenvalues`,
`.logabsdet`, `.Q`), `eigh`/`eigvalsh` with UPLO='U', `cholesky(upper=True)` and
`matrix_rank(hermitian=True)`, on matrices and stacks of them. Bit for bit in
tests/test_linalg_lapack.py."""

import numpy as np

# export svd_fields(float[:,:])
# export svd_fields(complex[:,:])
# export svd_fields(float[:,:,:])
# export eigh_fields(float[:,:])
# export eigh_fields(complex[:,:])
# export eigh_fields(float32[:,:,:])
# export eig_fields(float[:,:])
# export slogdet_fields(float[:,:])
# export slogdet_fields(complex[:,:,:])
# export qr_fields(float[:,:])
# export through_local(float[:,:])
# export eigh_upper(float[:,:])
# export eigh_upper(complex[:,:])
# export eigh_upper(float[:,:,:])
# export eigh_upper(float32[:,:])
# export eigvalsh_upper(float[:,:])
# export eigvalsh_upper(complex[:,:,:])
# export eigh_uplo_lower(float[:,:])
# export chol_upper(float[:,:])
# export chol_upper(complex[:,:])
# export chol_upper(float[:,:,:])
# export chol_upper(float32[:,:])
# export rank_hermitian(float[:,:])
# export rank_hermitian(complex[:,:])
# export rank_hermitian(float32[:,:])
# export rank_hermitian_tol(float[:,:], float)


def svd_fields(a):
    r = np.linalg.svd(a)
    return r.U, r.S * 2.0, r.Vh


def eigh_fields(a):
    r = np.linalg.eigh(a)
    return r.eigenvalues, r.eigenvectors


def eig_fields(a):
    return np.linalg.eig(a).eigenvalues


def slogdet_fields(a):
    return np.linalg.slogdet(a).logabsdet, np.linalg.slogdet(a).sign


def qr_fields(a):
    q = np.linalg.qr(a).Q
    return q, np.linalg.qr(a).R.sum()


def through_local(a):
    total = 0.0
    for k in range(2):
        res = np.linalg.svd(a + k)
        total += res.S[0]
    return float(total)


def eigh_upper(a):
    return np.linalg.eigh(a, UPLO="U")


def eigvalsh_upper(a):
    return np.linalg.eigvalsh(a, "u"), np.linalg.eigh(a, "U").eigenvectors


def eigh_uplo_lower(a):
    return np.linalg.eigh(a, UPLO="l")


def chol_upper(a):
    return np.linalg.cholesky(a, upper=True)


def rank_hermitian(a):
    return np.linalg.matrix_rank(a, hermitian=True)


def rank_hermitian_tol(a, tol):
    return np.linalg.matrix_rank(a, tol, True)


#case: svd_fields(np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
#case: svd_fields(np.array([[1.0, 2.0j], [3.0, 4.0]]))
#case: svd_fields(np.arange(12.0).reshape(2, 3, 2))
#case: eigh_fields(np.array([[2.0, 1.0], [1.0, 3.0]]))
#case: eigh_fields(np.array([[2.0, 1.0j], [-1.0j, 3.0]]))
#case: eigh_fields(np.array([[[2.0, 1.0], [1.0, 3.0]], [[1.0, 0.0], [0.0, -1.0]]], dtype=np.float32))
#case: eigh_fields(np.zeros((0, 0)))
#case: eigh_fields(np.ones((2, 3)))
#case: eig_fields(np.array([[2.0, 0.0], [1.0, 3.0]]))
#case: slogdet_fields(np.array([[1.0, 2.0], [3.0, 4.0]]))
#case: slogdet_fields(np.array([[[1.0, 2.0j], [3.0, 4.0]], [[0.0, 0.0], [0.0, 0.0]]]))
#case: qr_fields(np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
#case: through_local(np.array([[1.0, 2.0], [3.0, 4.0]]))
#case: eigh_upper(np.array([[2.0, 1.0], [-5.0, 3.0]]))
#case: eigh_upper(np.array([[2.0, 1.0 + 1.0j], [7.0, 3.0]]))
#case: eigh_upper(np.arange(18.0).reshape(2, 3, 3))
#case: eigh_upper(np.array([[2.0, 1.0], [-5.0, 3.0]], dtype=np.float32))
#case: eigh_upper(np.ones((3, 2)))
#case: eigvalsh_upper(np.array([[2.0, 1.0], [-5.0, 3.0]]))
#case: eigvalsh_upper(np.array([[[2.0, 1.0 + 1.0j], [7.0, 3.0]], [[1.0, 2.0j], [0.0, 1.0]]]))
#case: eigh_uplo_lower(np.array([[2.0, 1.0], [-5.0, 3.0]]))
#case: chol_upper(np.array([[4.0, 2.0], [-100.0, 3.0]]))
#case: chol_upper(np.array([[4.0, 2.0 + 1.0j], [-100.0, 3.0]]))
#case: chol_upper(np.array([[[4.0, 2.0], [9.0, 3.0]], [[1.0, 0.5], [0.0, 1.0]]]))
#case: chol_upper(np.array([[4.0, 2.0], [-100.0, 3.0]], dtype=np.float32))
#case: chol_upper(np.array([[1.0, 2.0], [2.0, 1.0]]))
#case: chol_upper(np.zeros((0, 0)))
#case: rank_hermitian(np.array([[1.0, 2.0], [2.0, 4.0]]))
#case: rank_hermitian(np.array([[2.0, 1.0], [1.0, 2.0]]))
#case: rank_hermitian(np.array([[2.0, 1.0j], [-1.0j, 2.0]]))
#case: rank_hermitian(np.array([[1.0, 2.0], [2.0, 4.0]], dtype=np.float32))
#case: rank_hermitian(np.ones((2, 3)))
#case: rank_hermitian(np.zeros((0, 0)))
#case: rank_hermitian_tol(np.array([[1.0, 0.0], [0.0, 1e-3]]), 1e-2)
