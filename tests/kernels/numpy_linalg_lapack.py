"""np.linalg on numpy's LAPACK: solve, inv, det, slogdet, cholesky, eigh, eigvalsh, eig, eigvals,
svd, lstsq, qr, norm(ord=2/-2/'nuc') of float64, float32, complex128, complex64 and int matrices;
LinAlgError as numpy raises it (and caught in compiled code).
Bits are checked in tests/test_linalg_lapack.py."""

import numpy as np
import numpy.linalg as la
from numpy import linalg
from numpy.linalg import LinAlgError, det, solve as np_solve

# export solve(float[::, ::], float[::])
# export solve_m(float[:,:], float[:,:])
# export solve_int(int[:,:], int[])
# export inv(float[::, ::])
# export inv_int(int[::, ::])
# export dets(float[::, ::])
# export dets_int(int[::, ::])
# export chol(float[::, ::])
# export eigh(float[::, ::])
# export eigvalsh(float[::, ::])
# export eig(float[::, ::])
# export svd(float[::, ::])
# export svd_reduced(float[::, ::])
# export svd_vals(float[::, ::])
# export lstsq(float[::, ::], float[::])
# export lstsq_m(float[:,:], float[:,:])
# export lstsq_rcond(float[:,:], float[], float)
# export qr(float[::, ::])
# export qr_complete(float[::, ::])
# export qr_r(float[::, ::])
# export norms(float[::, ::])
# export norm_nuc_int(int[::, ::])
# export safe_inv(float[::, ::])
# export safe_solve(float[::, ::], float[])
# export newton(float, float, int)
# export spellings(float[:,:], float[])
# float32 matrices: computed in float64, results rounded to float32 as numpy's
# export inv(float32[::, ::])
# export dets(float32[::, ::])
# export chol(float32[::, ::])
# export eigh(float32[::, ::])
# export eig(float32[::, ::])
# export svd(float32[::, ::])
# export svd_vals(float32[::, ::])
# export qr(float32[::, ::])
# export norms(float32[::, ::])
# export solve(float32[::, ::], float32[::])
# export solve(float32[::, ::], float[::])
# export lstsq(float32[::, ::], float32[::])
# complex128 matrices: LAPACK's z routines
# export inv(complex[::, ::])
# export dets(complex[::, ::])
# export chol(complex[::, ::])
# export eigh(complex[::, ::])
# export eigvalsh(complex[::, ::])
# export eig(complex[::, ::])
# export svd(complex[::, ::])
# export svd_reduced(complex[::, ::])
# export svd_vals(complex[::, ::])
# export qr(complex[::, ::])
# export qr_complete(complex[::, ::])
# export qr_r(complex[::, ::])
# export norms(complex[::, ::])
# export solve(complex[::, ::], complex[::])
# export solve(float[::, ::], complex[::])
# export solve_m(complex[:,:], complex[:,:])
# complex64 matrices: computed in complex128, results rounded to complex64 (reals to float32)
# export inv(complex64[::, ::])
# export dets(complex64[::, ::])
# export chol(complex64[::, ::])
# export eigh(complex64[::, ::])
# export eigvalsh(complex64[::, ::])
# export eig(complex64[::, ::])
# export eigvals(complex64[::, ::])
# export svd(complex64[::, ::])
# export svd_vals(complex64[::, ::])
# export qr(complex64[::, ::])
# export qr_r(complex64[::, ::])
# export norms(complex64[::, ::])
# export solve(complex64[::, ::], complex64[::])
# export solve(complex64[::, ::], float32[::])
# export solve(complex64[::, ::], float[::])
# export lstsq(complex64[::, ::], complex64[::])
# complex least squares: zgelsd
# export lstsq(complex[::, ::], complex[::])
# export lstsq(float[::, ::], complex[::])
# export lstsq_m(complex[:,:], complex[:,:])
# export eigvals(float[::, ::])
# export eigvals(float32[::, ::])
# export eigvals(complex[::, ::])
# numpy's named tuples (SVDResult, ...) for results returned as they are
# export named_svd(float[:,:])
# export named_svd(complex64[:,:])
# export named_eigh(float[:,:])
# export named_qr(float[:,:])
# export named_slogdet(float32[:,:])
# export named_eig(complex[:,:])
# export named_var(float[:,:], bool)
# stacks of matrices (..., m, n), as numpy's gufuncs loop over them
# export stack_inv(float[:,:,:])
# export stack_inv(float[:,:,:,:])
# export stack_inv(complex[:,:,:])
# export stack_inv(float32[:,:,:])
# export stack_inv(complex64[:,:,:])
# export stack_eig(float[:,:,:])
# export stack_eig(complex[:,:,:])
# export stack_eig(complex64[:,:,:])
# export stack_svd(float[:,:,:])
# export stack_svd(complex[:,:,:,:])
# export stack_qr(float[:,:,:])
# export stack_qr(complex[:,:,:])
# export stack_chol(float[:,:,:])
# export stack_solve(float[:,:,:], float[:,:,:])
# export stack_solve(float[:,:,:], float[:])
# export stack_solve(float[:,:,:], float[:,:])
# export stack_solve(float[:,:], float[:,:,:])
# export stack_solve(complex[:,:,:,:], complex[:,:,:])
# export stack_solve(float32[:,:,:], float32[:,:,:])


def solve(a, b):
    return np.linalg.solve(a, b)


#case: solve(np.array([[3.0, 1.0], [1.0, 2.0]]), np.array([9.0, 8.0]))
#case: solve(np.array([[3.0, 1j], [1.0, 2.0]]), np.array([9.0, 8.0j]))
#case: solve(np.array([[3.0, 1.0], [1.0, 2.0]]), np.array([9.0, 8.0j]))
#case: solve(np.array([[1j, 2j], [2j, 4j]]), np.array([9.0, 8.0j]))
#case: solve(np.array([[3.0, 1.0], [1.0, 2.0]], dtype=np.float32), np.array([9.0, 8.1], dtype=np.float32))
#case: solve(np.array([[3.0, 1.0], [1.0, 2.0]], dtype=np.float32), np.array([9.0, 8.1]))
#case: solve(np.array([[3.0, 1j], [1.0, 2.0]], dtype=np.complex64), np.array([9.0, 8.1j], dtype=np.complex64))
#case: solve(np.array([[3.0, 1j], [1.0, 2.0]], dtype=np.complex64), np.array([9.0, 8.1], dtype=np.float32))
#case: solve(np.array([[3.0, 1j], [1.0, 2.0]], dtype=np.complex64), np.array([9.0, 8.1]))
#case: solve(np.array([[4.0, -2.0, 1.0], [3.0, 6.0, -4.0], [2.0, 1.0, 8.0]]), np.array([12.0, -25.0, 32.0]))
#case: solve(np.array([[1.0, 2.0], [2.0, 4.0]]), np.array([1.0, 2.0]))
#case: solve(np.zeros((0, 0)), np.zeros(0))
#case: solve(np.array([[2.0]]), np.array([3.0]))
#case: solve(np.ones((2, 3)), np.ones(2))
#case: solve(np.eye(2), np.ones(3))
#case: solve(np.arange(16.0).reshape(4, 4).T + np.eye(4), np.arange(4.0))
#case: solve((np.arange(36.0).reshape(6, 6) % 7 + np.eye(6))[::2, ::2], np.arange(3.0)[::-1])
#case: solve(np.array([[np.nan, 1.0], [1.0, 1.0]]), np.ones(2))
#case: solve(np.array([[np.inf, 1.0], [1.0, 1.0]]), np.ones(2))


def solve_m(a, b):
    return np.linalg.solve(a, b)


#case: solve_m(np.array([[3.0, 1.0], [1.0, 2.0]]), np.array([[9.0, 1.0, 0.0], [8.0, 0.0, 1.0]]))
#case: solve_m(np.eye(3), np.zeros((3, 0)))
#case: solve_m(np.eye(2), np.ones((3, 2)))
#case: solve_m(np.zeros((2, 2)), np.ones((2, 2)))


def solve_int(a, b):
    return np.linalg.solve(a, b)


#case: solve_int(np.array([[2, 1], [1, 3]]), np.array([1, 2]))


def inv(a):
    return np.linalg.inv(a)


#case: inv(np.array([[4.0, 7.0], [2.0, 6.0]]))
#case: inv(np.array([[1.0, 2.0], [2.0, 4.0]]))
#case: inv(np.zeros((0, 0)))
#case: inv(np.array([[0.5]]))
#case: inv(np.array([[0.0]]))
#case: inv(np.ones((2, 3)))
#case: inv(np.arange(9.0).reshape(3, 3).T + 10 * np.eye(3))
#case: inv(np.vander(np.linspace(1.0, 2.0, 8)))
#case: inv(np.arange(16.0).reshape(4, 4)[::-1].T + np.eye(4))


def inv_int(a):
    return np.linalg.inv(a)


#case: inv_int(np.array([[2, 1], [7, 4]]))
#case: inv(np.array([[1.0 + 1j, 2.0], [3.0, 4.0 - 2j]]))
#case: inv(np.array([[1j, 2j], [2j, 4j]]))
#case: inv(np.array([[4.0, 7.0], [2.0, 6.0]], dtype=np.float32))
#case: inv(np.array([[1.0, 2.0], [2.0, 4.0]], dtype=np.float32))
#case: inv(np.array([[1.0 + 1j, 2.0], [3.0, 4.0 - 2j]], dtype=np.complex64))
#case: inv(np.array([[1j, 2j], [2j, 4j]], dtype=np.complex64))


def dets(a):
    d = np.linalg.det(a)
    sign, logdet = np.linalg.slogdet(a)
    return d, sign, logdet


#case: dets(np.array([[4.0, 7.0], [2.0, 6.0]]))
#case: dets(np.array([[0.0, 1.0], [1.0, 0.0]]))
#case: dets(np.array([[1.0, 2.0], [2.0, 4.0]]))
#case: dets(np.zeros((0, 0)))
#case: dets(np.array([[-3.0]]))
#case: dets(np.ones((2, 3)))
#case: dets(np.eye(300) * 0.1)
#case: dets(np.vander(np.linspace(-1.0, 2.0, 7))[::-1])
#case: dets(np.array([[np.nan, 1.0], [1.0, 1.0]]))


def dets_int(a):
    sign, logdet = np.linalg.slogdet(a)
    return np.linalg.det(a), sign, logdet


#case: dets_int(np.array([[1, 2], [3, 4]]))
#case: dets(np.array([[1.0 + 1j, 2.0], [3.0, 4.0 - 2j]]))
#case: dets(np.array([[1j, 2j], [2j, 4j]]))
#case: dets(np.zeros((0, 0), dtype=complex))
#case: dets(np.array([[4.0, 7.0], [2.0, 6.1]], dtype=np.float32))
#case: dets(np.array([[1.0 + 1j, 2.0], [3.0, 4.0 - 2j]], dtype=np.complex64))
#case: dets(np.zeros((2, 2), dtype=np.complex64))


def chol(a):
    return np.linalg.cholesky(a)


#case: chol(np.array([[4.0, 2.0], [2.0, 3.0]]))
#case: chol(np.array([[4.0, 12.0, -16.0], [12.0, 37.0, -43.0], [-16.0, -43.0, 98.0]]))
#case: chol(np.array([[1.0, 2.0], [2.0, 1.0]]))
#case: chol(-np.eye(2))
#case: chol(np.zeros((0, 0)))
#case: chol(np.array([[4.0, 2j], [-2j, 3.0]]))
#case: chol(np.array([[1.0, 2j], [-2j, 1.0]]))
#case: chol(np.array([[4.0, 2j], [-2j, 3.0]], dtype=np.complex64))
#case: chol(np.ones((2, 3)))


def eigh(a):
    w, v = np.linalg.eigh(a)
    return w, v


#case: eigh(np.array([[2.0, 1.0], [1.0, 2.0]]))
#case: eigh(np.array([[1.0, 2.0, 3.0], [2.0, 5.0, 4.0], [3.0, 4.0, 9.0]]))
#case: eigh(np.array([[1.0, 99.0], [-99.0, 1.0]]))
#case: eigh(np.zeros((0, 0)))
#case: eigh(np.array([[2.0, 1.0, 0.5], [1.0, 3.0, 0.2], [0.5, 0.2, 4.0]]).T[::-1, ::-1])
#case: eigh(np.ones((3, 2)))
#case: eigh(np.array([[2.0, 1j], [-1j, 2.0]]))
#case: eigh(np.array([[2.0, 1j], [-1j, 2.0]], dtype=np.complex64))


def eigvalsh(a):
    return np.linalg.eigvalsh(a)


#case: eigvalsh(np.array([[2.0, 1.0], [1.0, 2.0]]))
#case: eigvalsh(np.diag([3.0, 1.0, 2.0]))


def eig(a):
    w, v = np.linalg.eig(a)
    return w, v


#case: eig(np.array([[2.0, 0.0], [0.0, 3.0]]))
#case: eig(np.array([[1.0, 2.0], [3.0, 4.0]]))
#case: eig(np.array([[np.nan, 1.0], [1.0, 1.0]]))
#case: eig(np.zeros((0, 0)))
#case: eig(np.array([[0.0, -1.0], [1.0, 0.0]], dtype=complex))
#case: eig(np.array([[1.0, 2j], [3.0, 4.0]]))
#case: eig(np.array([[np.nan, 1j], [1.0, 1.0]]))


def eigvals(a):
    return np.linalg.eigvals(a)


#case: eigvals(np.array([[2.0, 0.0], [0.0, 3.0]]))
#case: eigvals(np.array([[1.0, 2.0], [3.0, 4.0]]))
#case: eigvals(np.array([[1.0, 2.0], [3.0, 4.0]], dtype=np.float32))
#case: eigvals(np.array([[np.nan, 1.0], [1.0, 1.0]]))
#case: eigvals(np.zeros((0, 0)))
#case: eigvals(np.ones((2, 3)))
#case: eigvals(np.array([[0.0, -1.0], [1.0, 0.0]], dtype=complex))
#case: eigvals(np.array([[1.0, 2j], [3.0, 4.0]]))
#case: eigvals(np.array([[1.0, 2j], [3.0, 4.0]], dtype=np.complex64))
#case: eigvals(np.array([[np.inf, 1j], [1.0, 1.0]]))
#deviates: eigvals(np.array([[0.0, -1.0], [1.0, 0.0]])) -> ValueError


def svd(a):
    u, s, vh = np.linalg.svd(a)
    return u, s, vh


#case: svd(np.array([[3.0, 2.0, 2.0], [2.0, 3.0, -2.0]]))
#case: svd(np.arange(12.0).reshape(4, 3))
#case: svd(np.zeros((0, 3)))
#case: svd(np.zeros((2, 0)))
#case: svd(np.ones((1, 1)))
#case: svd(np.array([[1.0 + 1j, 2.0, 0.5j], [3.0, 4.0 - 2j, 1.0]]))
#case: svd(np.zeros((0, 2), dtype=complex))
#case: svd(np.array([[1.0 + 1j, 2.0, 0.5j], [3.0, 4.0 - 2j, 1.0]], dtype=np.complex64))


def svd_reduced(a):
    u, s, vh = np.linalg.svd(a, full_matrices=False)
    return u, s, vh


#case: svd_reduced(np.arange(12.0).reshape(4, 3))
#case: svd_reduced(np.arange(12.0).reshape(3, 4).T[::-1])


def svd_vals(a):
    return np.linalg.svd(a, compute_uv=False)


#case: svd_vals(np.arange(12.0).reshape(4, 3))
#case: svd_vals(np.zeros((0, 0)))


def lstsq(a, b):
    x, res, rank, s = np.linalg.lstsq(a, b)
    return x, res, rank, s


#case: lstsq(np.array([[0.0, 1.0], [1.0, 1.0], [2.0, 1.0], [3.0, 1.0]]), np.array([-1.0, 0.2, 0.9, 2.1]))
#case: lstsq(np.array([[1.0, 1.0], [1.0, 1.0], [1.0, 1.0]]), np.array([1.0, 2.0, 3.0]))
#case: lstsq(np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]), np.array([1.0, 2.0]))
#case: lstsq(np.zeros((0, 3)), np.zeros(0))
#case: lstsq(np.zeros((3, 0)), np.ones(3))
#case: lstsq(np.ones((2, 3)), np.ones(3))
#case: lstsq(np.array([[0.0, 1j], [1.0, 1.0], [2.0, 1.0 - 1j], [3.0, 1.0]]), np.array([-1.0, 0.2j, 0.9, 2.1]))
#case: lstsq(np.array([[0.0, 1.0], [1.0, 1.0], [2.0, 1.0], [3.0, 1.0]]), np.array([-1.0, 0.2j, 0.9, 2.1]))
#case: lstsq(np.array([[1j, 1j], [1j, 1j], [1j, 1j]]), np.array([1.0, 2.0, 3.0j]))
#case: lstsq(np.zeros((0, 3), dtype=complex), np.zeros(0, dtype=complex))
#case: lstsq(np.array([[0.0, 1j], [1.0, 1.0], [2.0, 1.0 - 1j]], dtype=np.complex64), np.array([-1.0, 0.2j, 0.9], dtype=np.complex64))


def lstsq_m(a, b):
    return np.linalg.lstsq(a, b)


#case: lstsq_m(np.arange(12.0).reshape(4, 3) + np.eye(4, 3), np.arange(8.0).reshape(4, 2))
#case: lstsq_m(np.eye(3), np.zeros((3, 0)))
#case: lstsq_m(np.arange(12.0).reshape(4, 3) + 1j * np.eye(4, 3), np.arange(8.0).reshape(4, 2) * (1 - 1j))
#case: lstsq_m(np.eye(3, dtype=complex), np.zeros((3, 0), dtype=complex))


def lstsq_rcond(a, b, rcond):
    return np.linalg.lstsq(a, b, rcond=rcond)


#case: lstsq_rcond(np.array([[1.0, 0.0], [0.0, 1e-10], [0.0, 0.0]]), np.array([1.0, 1.0, 1.0]), 1e-8)
#case: lstsq_rcond(np.array([[1.0, 0.0], [0.0, 1e-10], [0.0, 0.0]]), np.array([1.0, 1.0, 1.0]), 1e-12)


def qr(a):
    q, r = np.linalg.qr(a)
    return q, r


#case: qr(np.array([[12.0, -51.0, 4.0], [6.0, 167.0, -68.0], [-4.0, 24.0, -41.0]]))
#case: qr(np.arange(12.0).reshape(4, 3))
#case: qr(np.arange(12.0).reshape(3, 4))
#case: qr(np.zeros((0, 3)))
#case: qr(np.zeros((3, 0)))
#case: qr(np.arange(30.0).reshape(5, 6)[::2, 1::2].T)
#case: qr(np.array([[1.0 + 1j, 2.0, 0.5j], [3.0, 4.0 - 2j, 1.0]]))
#case: qr(np.array([[1.0 + 1j, 2.0], [0.5j, 3.0], [4.0 - 2j, 1.0]]))


def qr_complete(a):
    q, r = np.linalg.qr(a, mode="complete")
    return q, r


#case: qr_complete(np.arange(12.0).reshape(4, 3))
#case: qr_complete(np.arange(12.0).reshape(3, 4))


def qr_r(a):
    return np.linalg.qr(a, "r")


#case: qr_r(np.arange(12.0).reshape(4, 3))


def norms(a):
    return np.linalg.norm(a, 2), np.linalg.norm(a, -2), np.linalg.norm(a, "nuc")


#case: norms(np.array([[3.0, 2.0, 2.0], [2.0, 3.0, -2.0]]))
#case: norms(np.arange(20.0).reshape(4, 5)[:, ::2])
#case: norms(np.zeros((0, 3)))
#case: norms(np.zeros((0, 0)))
#case: norms(np.array([[1.0 + 1j, 2.0, 0.5j], [3.0, 4.0 - 2j, 1.0]]))
#case: norms(np.arange(12.0, dtype=np.float32).reshape(3, 4) / 7)
#case: norms((np.arange(12.0).reshape(3, 4) / 7 + 1j).astype(np.complex64))


def norm_nuc_int(a):
    return np.linalg.norm(a, "nuc"), np.linalg.norm(a, 2)


#case: norm_nuc_int(np.array([[1, 2], [3, 4]]))


def safe_inv(a):
    try:
        return np.linalg.inv(a)
    except np.linalg.LinAlgError:
        return np.zeros_like(a)


#case: safe_inv(np.array([[1.0, 2.0], [3.0, 4.0]]))
#case: safe_inv(np.array([[1.0, 2.0], [2.0, 4.0]]))


def safe_solve(a, b):
    try:
        return np.linalg.solve(a, b)
    except ValueError:
        return b


#case: safe_solve(np.array([[1.0, 2.0], [2.0, 4.0]]), np.ones(2))
#case: safe_solve(np.eye(2), np.ones(3))


def newton(x0, y0, steps):
    # Newton's method on x^2 + y^2 = 4, x*y = 1 with a 2x2 Jacobian solved each step
    v = np.array([x0, y0])
    for _ in range(steps):
        x, y = v[0], v[1]
        f = np.array([x * x + y * y - 4.0, x * y - 1.0])
        jac = np.array([[2.0 * x, 2.0 * y], [y, x]])
        v = v - np.linalg.solve(jac, f)
    return v


#case: newton(2.0, 0.3, 20)
#case: newton(1.0, 1.0, 3)


def spellings(a, b):
    # the module imported as `la`, `linalg` from numpy, functions from numpy.linalg
    try:
        x = np_solve(a, b)
    except LinAlgError:
        x = b
    try:
        y = la.inv(a) @ b
    except la.LinAlgError:
        y = -b
    return x, y, det(a), linalg.norm(a, 2)


#case: spellings(np.array([[2.0, 1.0], [1.0, 3.0]]), np.array([1.0, 2.0]))
#case: spellings(np.array([[1.0, 2.0], [2.0, 4.0]]), np.array([1.0, 2.0]))


def stack_inv(a):
    sign, logdet = np.linalg.slogdet(a)
    return np.linalg.det(a), sign, logdet, np.linalg.inv(a)


#case: stack_inv(np.array([[[2.0, 1.0], [1.0, 3.0]], [[0.0, 1.0], [1.0, 0.0]], [[1.0, 2.0], [2.0, 4.5]]]))
#case: stack_inv(np.array([[[2.0, 1.0], [1.0, 3.0]], [[1.0, 2.0], [2.0, 4.0]]]))
#case: stack_inv(np.zeros((0, 3, 3)))
#case: stack_inv(np.zeros((2, 0, 0)))
#case: stack_inv(np.ones((2, 2, 3)))
#case: stack_inv(np.arange(24.0).reshape(2, 3, 2, 2) ** 1.5)
#case: stack_inv(np.array([[[2.0, 1j], [1.0, 3.0]], [[0.0, 1.0], [1j, 0.0]]]))
#case: stack_inv(np.array([[[2.0, 1.0], [1.0, 3.0]]], dtype=np.float32))
#case: stack_inv(np.array([[[2.0, 1j], [1.0, 3.0]], [[0.0, 1.0], [1j, 0.0]]], dtype=np.complex64))


def stack_eig(a):
    w, v = np.linalg.eigh(a)
    ew, ev = np.linalg.eig(a)
    return w, v, np.linalg.eigvalsh(a), ew, ev, np.linalg.eigvals(a)


#case: stack_eig(np.array([[[2.0, 1.0], [1.0, 3.0]], [[5.0, 1.0], [1.0, 0.0]]]))
#case: stack_eig(np.array([[[2.0, 1j], [-1j, 3.0]], [[5.0, 1.0], [1.0, 0.0]]]))
#case: stack_eig(np.array([[[2.0, 1j], [-1j, 3.0]], [[5.0, 1.0], [1.0, 0.0]]], dtype=np.complex64))
#case: stack_eig(np.zeros((0, 2, 2)))
#case: stack_eig(np.ones((2, 3, 2)))


def stack_svd(a):
    u, s, vh = np.linalg.svd(a)
    u2, s2, vh2 = np.linalg.svd(a, full_matrices=False)
    return u, s, vh, u2, s2, vh2, np.linalg.svd(a, compute_uv=False)


#case: stack_svd(np.arange(24.0).reshape(2, 3, 4) % 5)
#case: stack_svd(np.arange(24.0).reshape(2, 4, 3) % 7)
#case: stack_svd(np.zeros((0, 2, 3)))
#case: stack_svd(np.zeros((2, 0, 3)))
#case: stack_svd((np.arange(48.0).reshape(2, 2, 3, 4) % 5) * (1 + 1j))


def stack_qr(a):
    q, r = np.linalg.qr(a)
    qc, rc = np.linalg.qr(a, mode="complete")
    return q, r, qc, rc, np.linalg.qr(a, "r")


#case: stack_qr(np.arange(24.0).reshape(2, 3, 4) % 5)
#case: stack_qr(np.arange(24.0).reshape(2, 4, 3) % 7)
#case: stack_qr(np.zeros((0, 2, 3)))
#case: stack_qr((np.arange(24.0).reshape(2, 4, 3) % 5) * (1 - 1j))


def stack_chol(a):
    return np.linalg.cholesky(a)


#case: stack_chol(np.array([[[4.0, 2.0], [2.0, 3.0]], [[1.0, 0.5], [0.5, 1.0]]]))
#case: stack_chol(np.array([[[4.0, 2.0], [2.0, 3.0]], [[1.0, 2.0], [2.0, 1.0]]]))
#case: stack_chol(np.zeros((3, 0, 0)))


def named_svd(a):
    return np.linalg.svd(a)


#case: named_svd(np.array([[3.0, 2.0, 2.0], [2.0, 3.0, -2.0]]))
#case: named_svd(np.array([[3.0, 2.0j], [2.0, 3.0]], dtype=np.complex64))


def named_eigh(a):
    return np.linalg.eigh(a)


#case: named_eigh(np.array([[2.0, 1.0], [1.0, 2.0]]))


def named_qr(a):
    return np.linalg.qr(a)


#case: named_qr(np.arange(6.0).reshape(3, 2))


def named_slogdet(a):
    return np.linalg.slogdet(a)


#case: named_slogdet(np.array([[4.0, 7.0], [2.0, 6.1]], dtype=np.float32))


def named_eig(a):
    return np.linalg.eig(a)


#case: named_eig(np.array([[1.0, 2j], [3.0, 4.0]]))


def named_var(a, full):
    if full:
        r = np.linalg.svd(a)
        return r
    r = np.linalg.svd(a, full_matrices=False)
    return r


#case: named_var(np.arange(6.0).reshape(3, 2), True)
#case: named_var(np.arange(6.0).reshape(3, 2), False)


def stack_solve(a, b):
    return np.linalg.solve(a, b)


#case: stack_solve(np.array([[[2.0, 1.0], [1.0, 3.0]], [[4.0, 1.0], [0.0, 2.0]]]), np.ones((2, 2, 3)))
#case: stack_solve(np.array([[[2.0, 1.0], [1.0, 3.0]], [[4.0, 1.0], [0.0, 2.0]]]), np.ones((1, 2, 1)))
#case: stack_solve(np.array([[[2.0, 1.0], [1.0, 3.0]], [[4.0, 1.0], [0.0, 2.0]]]), np.array([1.0, 2.0]))
#case: stack_solve(np.array([[[2.0, 1.0], [1.0, 3.0]], [[4.0, 1.0], [0.0, 2.0]]]), np.array([[1.0, 2.0], [3.0, 4.0]]))
#case: stack_solve(np.array([[2.0, 1.0], [1.0, 3.0]]), np.arange(12.0).reshape(3, 2, 2))
#case: stack_solve(np.array([[[2.0, 1.0], [1.0, 3.0]], [[1.0, 2.0], [2.0, 4.0]]]), np.ones((2, 2, 3)))
#case: stack_solve(np.ones((2, 3, 3)) + np.eye(3), np.ones((4, 3, 2)))
#case: stack_solve(np.ones((2, 3, 3)) + np.eye(3), np.ones((2, 4, 2)))
#case: stack_solve(np.ones((2, 2, 3)), np.ones((2, 2, 3)))
#case: stack_solve(np.zeros((0, 2, 2)), np.zeros((0, 2, 1)))
#case: stack_solve(np.zeros((0, 2, 2)), np.ones(2))
#case: stack_solve((np.ones((2, 3, 2, 2)) + np.eye(2)) * (1 + 1j), np.ones((3, 2, 1)) * 1j)
#case: stack_solve(np.array([[[2.0, 1.0], [1.0, 3.0]]], dtype=np.float32), np.ones((1, 2, 2), dtype=np.float32))
