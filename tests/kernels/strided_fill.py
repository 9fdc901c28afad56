"""Reductions of element-wise expressions over strided operands (runtime/src/support/fused.rs,
`Flat::fill`'s strided loop, four elements a step so that the four computations pack into
vector instructions): numpy-benchmarks' wdist, `np.sqrt((((A[:, i] - B[:, j]) / W[:, i]) **
2).sum())`. The same operation per element and numpy's summation order: float bits unchanged.
Lengths around the step of four (0 to 9 elements, and blocks of 128 starting mid-row), columns,
transposes, negative steps, 2-D strided blocks, float32, complex and int operands, NaN and
infinities, and an error midway (the first failing element stops, as before)."""
import numpy as np

# export wdist(float64[:, :], float64[:, :], float64[:, :])
# export col_sum(float64[::, ::], float64[::, ::], float64[::, ::], int, int)
# export strided_sum(float64[::], float64[::])
# export block_sum(float64[::, ::], float64[::, ::])
# export block_mean(float64[::, ::])
# export block_minmax(float64[::, ::], float64[::, ::])
# export col_argmin(float64[:, :], int)
# export col_sum32(float32[::, ::], float32[::, ::])
# export col_csum(complex128[::, ::], complex128[::, ::])
# export col_isum(int64[::, ::], int64[::, ::])
# export col_ipow(int64[:, :], int64[:, :])


def wdist(A, B, W):
    k, m = A.shape
    _, n = B.shape
    D = np.zeros((m, n))
    for ii in range(m):
        for jj in range(n):
            wdiff = (A[:, ii] - B[:, jj]) / W[:, ii]
            D[ii, jj] = np.sqrt((wdiff ** 2).sum())
    return D


def col_sum(A, B, W, i, j):
    return np.sum(((A[:, i] - B[:, j]) / W[:, i]) ** 2)


def strided_sum(a, b):
    return np.sum(a * b - 1.5), (a / b).sum()


def block_sum(a, b):
    return np.sum(a * 2.0 + b), (a - b).sum()


def block_mean(a):
    return np.mean(a * a)


def block_minmax(a, b):
    return np.min(a / b), np.max(a - b)


def col_argmin(a, j):
    return np.argmin(np.abs(a[:, j] - 0.5))


def col_sum32(a, b):
    return np.sum(a[:, 1] * b[:, 0] + a[:, 0])


def col_csum(a, b):
    return np.sum(a[:, 0] * np.conj(b[:, 1]))


def col_isum(a, b):
    return np.sum(a[:, 0] * b[:, 1] - 3)


def col_ipow(a, b):
    return np.sum(a[:, 0] ** b[:, 1])


#case: wdist(np.random.RandomState(0).rand(70, 70), np.random.RandomState(1).rand(70, 70), np.random.RandomState(2).rand(70, 70))
#case: wdist(np.random.RandomState(0).rand(9, 5), np.random.RandomState(1).rand(9, 3), np.random.RandomState(2).rand(9, 5) + 0.5)
#case: wdist(np.zeros((0, 3)), np.zeros((0, 2)), np.ones((0, 3)))
#case: wdist(np.ones((4, 0)), np.ones((4, 2)), np.ones((4, 0)))
#case: wdist(np.random.RandomState(0).rand(7, 4), np.random.RandomState(1).rand(5, 4), np.random.RandomState(2).rand(7, 4))
#case: col_sum(np.random.RandomState(0).rand(300, 3), np.random.RandomState(1).rand(300, 3), np.random.RandomState(2).rand(300, 3), 0, 2)
#case: col_sum(np.random.RandomState(0).rand(1, 3), np.random.RandomState(1).rand(1, 3), np.random.RandomState(2).rand(1, 3), 1, 1)
#case: col_sum(np.random.RandomState(0).rand(2, 3), np.random.RandomState(1).rand(2, 3), np.random.RandomState(2).rand(2, 3), 1, 1)
#case: col_sum(np.random.RandomState(0).rand(3, 3), np.random.RandomState(1).rand(3, 3), np.random.RandomState(2).rand(3, 3), 1, 1)
#case: col_sum(np.random.RandomState(0).rand(4, 3), np.random.RandomState(1).rand(4, 3), np.random.RandomState(2).rand(4, 3), 1, 1)
#case: col_sum(np.random.RandomState(0).rand(5, 3), np.random.RandomState(1).rand(5, 3), np.random.RandomState(2).rand(5, 3), 1, 1)
#case: col_sum(np.random.RandomState(0).rand(6, 3), np.random.RandomState(1).rand(6, 3), np.random.RandomState(2).rand(6, 3), 1, 1)
#case: col_sum(np.random.RandomState(0).rand(7, 3), np.random.RandomState(1).rand(7, 3), np.random.RandomState(2).rand(7, 3), 1, 1)
#case: col_sum(np.random.RandomState(0).rand(8, 3), np.random.RandomState(1).rand(8, 3), np.random.RandomState(2).rand(8, 3), 1, 1)
#case: col_sum(np.random.RandomState(0).rand(9, 3), np.random.RandomState(1).rand(9, 3), np.random.RandomState(2).rand(9, 3), 1, 1)
#case: col_sum(np.zeros((0, 3)), np.zeros((0, 3)), np.ones((0, 3)), 0, 0)
#case: col_sum(np.array([[1.0, np.nan], [2.0, 3.0], [4.0, 5.0], [6.0, 7.0], [8.0, 9.0]]), np.ones((5, 2)), np.ones((5, 2)), 1, 0)
#case: col_sum(np.array([[1.0, 2.0], [2.0, 3.0], [4.0, 5.0], [6.0, 7.0], [8.0, 9.0]]), np.ones((5, 2)), np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [1.0, 1.0]]), 0, 0)
#case: col_sum(np.random.RandomState(0).rand(10, 3), np.random.RandomState(1).rand(10, 3), np.random.RandomState(2).rand(10, 3), -1, -3)
#case: col_sum(np.random.RandomState(0).rand(10, 3), np.random.RandomState(1).rand(10, 3), np.random.RandomState(2).rand(10, 3), 3, 0)
#case: col_sum(np.random.RandomState(0).rand(10, 3).T.copy().T, np.random.RandomState(1).rand(3, 10).T, np.random.RandomState(2).rand(3, 10).T, 2, 1)
#case: strided_sum(np.arange(20.0)[::3], np.arange(1.0, 41.0)[::-6])
#case: strided_sum(np.arange(1000.0)[::-7] * 0.37, np.arange(1.0, 2001.0)[::14] ** 0.5)
#case: strided_sum(np.arange(10.0)[::-1], np.arange(1.0, 11.0))
#case: strided_sum(np.zeros(0)[::2], np.zeros(0)[::-1])
#case: strided_sum(np.arange(7.0)[::2], np.arange(1.0, 5.0)[::-1])
#case: strided_sum(np.arange(7.0)[::2], np.arange(1.0, 4.0))
#case: strided_sum(np.array([1.0, np.inf, 3.0, 4.0, 5.0, 6.0])[::-1], np.array([1.0, 2.0, np.inf, 0.0, -1.0, 2.0])[::-1])
#case: block_sum(np.random.RandomState(3).rand(40, 50)[::2, ::-3], np.random.RandomState(4).rand(40, 50)[1::2, 1::3])
#case: block_sum(np.random.RandomState(3).rand(33, 77).T, np.random.RandomState(4).rand(77, 33))
#case: block_sum(np.random.RandomState(3).rand(5, 7)[:, ::2], np.random.RandomState(4).rand(1, 4))
#case: block_sum(np.zeros((0, 7))[:, ::2], np.zeros((0, 4)))
#case: block_sum(np.random.RandomState(3).rand(300, 6)[::-1, ::5], np.random.RandomState(4).rand(300, 2))
#case: block_mean(np.random.RandomState(5).rand(131, 9)[::-1, ::2])
#case: block_mean(np.random.RandomState(5).rand(3, 130).T)
#case: block_minmax(np.random.RandomState(6).randn(61, 13)[:, ::-2], np.random.RandomState(7).rand(61, 7) + 0.1)
#case: block_minmax(np.array([[1.0, np.nan, 3.0, 0.0, 5.0, 2.0]]).T[::-1], np.ones((6, 1)))
#case: block_minmax(np.array([[-0.0, 0.0, -0.0, 0.0, 0.0]]).T[::2], np.ones((3, 1)))
#case: block_minmax(np.zeros((0, 3))[:, ::2], np.ones((0, 2)))
#case: col_argmin(np.random.RandomState(8).rand(517, 3), 1)
#case: col_argmin(np.array([[0.5, 0.1], [0.6, 0.4], [0.4, 0.5], [0.5, 0.2], [0.5, 0.3]]), 0)
#case: col_argmin(np.zeros((0, 3)), 1)
#case: col_sum32(np.random.RandomState(9).rand(261, 3).astype(np.float32), np.random.RandomState(10).rand(261, 2).astype(np.float32))
#case: col_sum32(np.random.RandomState(9).rand(6, 3).astype(np.float32)[::-1], np.random.RandomState(10).rand(6, 2).astype(np.float32))
#case: col_csum(np.random.RandomState(11).rand(45, 2) + 1j * np.random.RandomState(12).rand(45, 2), np.random.RandomState(13).rand(45, 3) - 2j)
#case: col_csum(np.zeros((0, 2), complex), np.zeros((0, 3), complex))
#case: col_csum((np.arange(14.0) + 1j).reshape(7, 2)[::-1], (np.arange(21.0) - 1j).reshape(7, 3))
#case: col_isum(np.arange(60).reshape(20, 3), np.arange(40).reshape(20, 2) - 7)
#case: col_isum(np.arange(6).reshape(2, 3)[::-1], np.arange(4).reshape(2, 2))
#case: col_ipow(np.arange(30).reshape(10, 3) - 12, np.arange(20).reshape(10, 2) % 5)
#case: col_ipow(np.arange(30).reshape(10, 3), np.array([[1, 2], [1, 3], [0, 1], [2, 2], [1, 0], [1, -1], [2, 3], [1, 1], [0, 2], [3, 1]]))
#case: col_ipow(np.arange(30).reshape(10, 3), np.array([[1, -2], [1, 3], [0, 1], [2, 2], [1, 0], [1, -1], [2, 3], [1, 1], [0, 2], [3, 1]]))
