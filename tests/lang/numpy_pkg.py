"""`numpy pkg` (Pythran's array-API parameter): the numpy module passed as an argument,
`xp.NAME` being numpy's `NAME`, followed through helpers and function values."""
import numpy as np


def _soft_log(r, xp):
    return xp.where(r > 1.0, r * xp.log(r), r * r)


def _distances(a, b, kernel, xp):
    return kernel(xp.linalg.norm(a[:, None, :] - b[None, :, :], axis=-1), xp)


# export features(float[:, :], float[:, :], int[:, :], numpy pkg)
def features(a, b, powers, xp):
    kernel = _soft_log
    return xp.concatenate(
        [_distances(a, b, kernel, xp), xp.prod(a[:, None, :] ** powers, axis=-1)], axis=-1
    )
#case: features(np.arange(6.0).reshape(3, 2), np.ones((2, 2)), np.array([[1, 2], [0, 1], [2, 0]]), np)
#case: features(np.array([[0.5, -1.5]]), np.array([[0.5, -1.5], [3.0, 4.0]]), np.zeros((1, 2), dtype=np.int64), np)
#case: features(np.zeros((0, 2)), np.ones((2, 2)), np.ones((1, 2), dtype=np.int64), np)
#case: features(np.ones((2, 3)), np.ones((2, 2)), np.ones((1, 3), dtype=np.int64), np)
#typeerror: features(np.ones((2, 2)), np.ones((2, 2)), np.ones((1, 2), dtype=np.int64), math)
#typeerror: features(np.ones((2, 2)), np.ones((2, 2)), np.ones((1, 2), dtype=np.int64), None)


def _norm_rows(m, xp):
    s = xp.sqrt(xp.sum(m * m, axis=1))
    return m / s[:, xp.newaxis]


# export normalise(float[:, :], numpy pkg)
# export normalise(float32[:, :], numpy pkg)
def normalise(m, xp):
    return _norm_rows(m, xp=xp)
#case: normalise(np.array([[3.0, 4.0], [1.0, 0.0]]), np)
#case: normalise(np.array([[3.0, 4.0], [0.0, 0.0]]), np)
#case: normalise(np.array([[3.0, 4.0], [-1.0, 2.0]], dtype=np.float32), np)
#case: normalise(np.zeros((0, 3)), np)


# export stats(float[], numpy pkg)
def stats(x, xp):
    total = xp.zeros(3, dtype=xp.float64)
    total[0] = xp.mean(x)
    total[1] = xp.std(x)
    total[2] = xp.max(x) * xp.pi
    return total
#case: stats(np.array([1.0, 2.0, 4.0]), np)
#case: stats(np.array([1.0, nan]), np)
#case: stats(np.zeros(0), np)


# export closures(float[], numpy pkg)
def closures(x, xp):
    def twice(v):
        return 2.0 * xp.exp(v)
    sq = lambda v: xp.sqrt(v)
    parts = [xp.sum(sq(r)) for r in (x, x[::-1], x[::2])]
    return twice(x), parts
#case: closures(np.array([0.0, 1.0, 4.0, 9.0]), np)
#case: closures(np.array([-1.0]), np)
#case: closures(np.zeros(0), np)


def _solve(m, v, xp):
    return xp.linalg.solve(m, v)


# export solve(float[:, :], float[], numpy pkg)
def solve(m, v, xp):
    return _solve(m, v, xp) + xp.linalg.det(m)
#case: solve(np.array([[2.0, 1.0], [1.0, 3.0]]), np.array([1.0, 2.0]), np)
#case: solve(np.array([[1.0, 2.0], [2.0, 4.0]]), np.array([1.0, 2.0]), np)
#case: solve(np.ones((2, 3)), np.array([1.0, 2.0]), np)


# export same(int, numpy pkg)
def same(n, xp):
    ys = xp.arange(n) * 2
    return xp, int(xp.sum(ys))
#case: same(4, np)
#case: same(0, np)
#case: same(-3, np)
