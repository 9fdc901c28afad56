"""np.linalg functions numpy composes in Python from its LAPACK calls and matrix products:
pinv (rcond/rtol), matrix_rank (tol/rtol), cond (p None, ±1, ±2, ±inf, 'fro', 'nuc'),
matrix_power, multi_dot. Bits are checked in tests/test_linalg_lapack.py."""

import numpy as np

# export pinv(float[::, ::])
# export pinv(complex[::, ::])
# export pinv_rcond(float[:,:], float)
# export pinv_rtol(float[:,:], float)
# export pinv_rtol_none(float[:,:])
# export pinv_both(float[:,:])
# export rank(float[::, ::])
# export rank(float32[::, ::])
# export rank(complex[::, ::])
# export rank(complex64[::, ::])
# export rank(int[::, ::])
# export rank_tol(float[:,:], float)
# export rank_rtol(float[:,:], float)
# export rank_rtol(float32[:,:], float)
# export rank_both(float[:,:])
# export conds(float[::, ::])
# export conds(complex[::, ::])
# export conds(int[::, ::])
# export cond2(float32[::, ::])
# export cond2(complex64[::, ::])
# export power(float[::, ::], int)
# export power(complex[::, ::], int)
# export power(int[::, ::], int)
# export chain3(float[:,:], float[:,:], float[:,:])
# export chain4(float[:,:], float[:,:], float[:,:], float[:,:])
# export chain4(complex[:,:], complex[:,:], complex[:,:], complex[:,:])
# export chain5(int[:,:], int[:,:], int[:,:], int[:,:], int[:,:])
# export chain2(float[:,:], float[:,:])


def pinv(a):
    return np.linalg.pinv(a)


#case: pinv(np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
#case: pinv(np.array([[1.0, 2.0], [2.0, 4.0]]))
#case: pinv(np.zeros((2, 2)))
#case: pinv(np.zeros((0, 3)))
#case: pinv(np.zeros((3, 0)))
#case: pinv(np.array([[1.0 + 1j, 2.0], [3.0, 4.0 - 2j], [0.5j, 1.0]]))
#case: pinv(np.arange(12.0).reshape(3, 4).T)
#case: pinv(np.array([[1.0, np.nan], [0.0, 1.0]]))


def pinv_rcond(a, rcond):
    return np.linalg.pinv(a, rcond)


#case: pinv_rcond(np.array([[1.0, 0.0], [0.0, 1e-10]]), 1e-8)
#case: pinv_rcond(np.array([[1.0, 0.0], [0.0, 1e-10]]), 1e-12)


def pinv_rtol(a, rtol):
    return np.linalg.pinv(a, rtol=rtol)


#case: pinv_rtol(np.array([[1.0, 0.0], [0.0, 1e-10]]), 1e-8)


def pinv_rtol_none(a):
    return np.linalg.pinv(a, rtol=None)


#case: pinv_rtol_none(np.array([[1.0, 0.0], [0.0, 1e-17]]))


def pinv_both(a):
    return np.linalg.pinv(a, 1e-3, rtol=1e-3)


#case: pinv_both(np.eye(2))


def rank(a):
    return np.linalg.matrix_rank(a)


#case: rank(np.eye(4))
#case: rank(np.ones((3, 4)))
#case: rank(np.zeros((2, 3)))
#case: rank(np.zeros((0, 3)))
#case: rank(np.array([[1.0, 2.0], [2.0, 4.0 + 1e-15]]))
#case: rank(np.array([[1.0, 2.0], [2.0, 4.0 + 1e-6]], dtype=np.float32))
#case: rank(np.array([[1.0, 2.0], [2.0, 4.0 + 1e-3]], dtype=np.float32))
#case: rank(np.array([[1j, 2.0], [2j, 4.0]]))
#case: rank(np.array([[1j, 2.0], [2j, 4.0]], dtype=np.complex64))
#case: rank(np.array([[1, 2], [3, 4]]))
#case: rank(np.array([[1.0, np.nan], [0.0, 1.0]]))


def rank_tol(a, tol):
    return np.linalg.matrix_rank(a, tol)


#case: rank_tol(np.diag([1.0, 1e-3, 1e-9]), 1e-6)
#case: rank_tol(np.diag([1.0, 1e-3, 1e-9]), 1e-2)


def rank_rtol(a, rtol):
    return np.linalg.matrix_rank(a, rtol=rtol)


#case: rank_rtol(np.diag([1.0, 1e-3, 1e-9]), 1e-6)
#case: rank_rtol(np.diag([4.0, 1e-3, 1e-9]).astype(np.float32), 1e-6)


def rank_both(a):
    return np.linalg.matrix_rank(a, 1e-3, rtol=1e-3)


#case: rank_both(np.eye(2))


def conds(a):
    return (np.linalg.cond(a), np.linalg.cond(a, 2), np.linalg.cond(a, -2), np.linalg.cond(a, 1),
            np.linalg.cond(a, -1), np.linalg.cond(a, np.inf), np.linalg.cond(a, -np.inf),
            np.linalg.cond(a, "fro"), np.linalg.cond(a, "nuc"))


#case: conds(np.array([[1.0, 2.0], [3.0, 4.0]]))
#case: conds(np.array([[1.0, 2.0], [2.0, 4.0]]))
#case: conds(np.arange(9.0).reshape(3, 3).T + np.eye(3))
#case: conds(np.array([[1.0, np.nan], [0.0, 1.0]]))
#case: conds(np.zeros((0, 0)))
#case: conds(np.ones((2, 3)))
#case: conds(np.array([[1.0 + 1j, 2.0], [3.0, 4.0 - 2j]]))
#case: conds(np.array([[2, 1], [1, 3]]))


def cond2(a):
    return np.linalg.cond(a), np.linalg.cond(a, -2)


#case: cond2(np.array([[1.0, 2.0], [3.0, 4.0]], dtype=np.float32))
#case: cond2(np.array([[1.0, 2.0], [2.0, 4.0]], dtype=np.float32))
#case: cond2(np.array([[1.0 + 1j, 2.0], [3.0, 4.0 - 2j]], dtype=np.complex64))
#case: cond2(np.ones((2, 3), dtype=np.float32))


def power(a, n):
    return np.linalg.matrix_power(a, n)


#case: power(np.array([[1.0, 1.0], [1.0, 0.0]]), 10)
#case: power(np.array([[1.0, 1.0], [1.0, 0.0]]), 0)
#case: power(np.array([[1.0, 1.0], [1.0, 0.0]]), 2)
#case: power(np.array([[1.0, 1.0], [1.0, 0.0]]), 3)
#case: power(np.array([[2.0, 1.0], [1.0, 1.0]]), -1)
#case: power(np.array([[2.0, 1.0], [1.0, 1.0]]), -5)
#case: power(np.array([[1.0, 2.0], [2.0, 4.0]]), -2)
#case: power(np.ones((2, 3)), 2)
#case: power(np.zeros((0, 0)), 5)
#case: power(np.array([[1j, 1.0], [1.0, 0.0]]), 7)
#case: power(np.array([[1, 1], [1, 0]]), 30)
#case: power(np.array([[1, 1], [1, 0]]), 0)
#case: power(np.arange(9).reshape(3, 3), 13)
#deviates: power(np.array([[1, 1], [1, 0]]), -1) -> ValueError


def chain2(a, b):
    return np.linalg.multi_dot([a, b])


#case: chain2(np.ones((2, 3)), np.ones((3, 4)))
#case: chain2(np.ones((2, 3)), np.ones((2, 4)))


def chain3(a, b, c):
    return np.linalg.multi_dot([a, b, c])


#case: chain3(np.arange(6.0).reshape(2, 3), np.arange(12.0).reshape(3, 4), np.arange(8.0).reshape(4, 2))
#case: chain3(np.arange(60.0).reshape(10, 6) / 7, np.arange(12.0).reshape(6, 2), np.arange(20.0).reshape(2, 10))
#case: chain3(np.ones((2, 3)), np.ones((4, 4)), np.ones((4, 2)))


def chain4(a, b, c, d):
    return np.linalg.multi_dot((a, b, c, d))


#case: chain4(np.arange(6.0).reshape(2, 3), np.arange(12.0).reshape(3, 4) / 3, np.arange(8.0).reshape(4, 2), np.arange(10.0).reshape(2, 5))
#case: chain4(np.ones((10, 2)), np.ones((2, 10)), np.ones((10, 3)) / 7, np.ones((3, 10)))
#case: chain4(np.ones((2, 2)) * 1j, np.eye(2) + 1j, np.ones((2, 3)) + 0j, np.ones((3, 1)) - 2j)


def chain5(a, b, c, d, e):
    return np.linalg.multi_dot([a, b, c, d, e])


#case: chain5(np.ones((3, 2), dtype=int), np.ones((2, 4), dtype=int), np.ones((4, 2), dtype=int), np.ones((2, 5), dtype=int), np.arange(10).reshape(5, 2))
