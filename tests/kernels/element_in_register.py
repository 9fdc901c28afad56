"""Loops that update one element of a fresh array in place (codegen/hoist.rs,
`promoted_for`): the element is kept in a local for the whole loop and written back after it.
The same values in the same order (float sums bit for bit: the harness compares the bits of
float results), the IndexError/OverflowError where Python raises them, and the loops that must
not be promoted (the array reached by another name, a parameter, a `try` in the function, the
index changed by the loop) still right."""
import numpy as np

# export conv(float[::, ::], float[:, :])
# export conv32(float32[:, :], float32[:, :])
# export int_acc(int[], int)
# export bad_index(float[], int, int)
# export raises_midway(float[], int)
# export aliased(float[], int)
# export param_target(float[], float[])
# export with_try(float[], int)
# export index_moves(float[], int)
# export cond_update(float[], float)
# export empty_loop(float[], int)
# export returned_pair(float[], int)


def clamp(i, offset, maxval):
    j = max(0, i + offset)
    return min(j, maxval)


def conv(x, weights):
    sx = x.shape
    sw = weights.shape
    result = np.zeros_like(x)
    for i in range(sx[0]):
        for j in range(sx[1]):
            for ii in range(sw[0]):
                for jj in range(sw[1]):
                    idx = clamp(i, ii - sw[0] // 2, sw[0]), clamp(j, jj - sw[0] // 2, sw[0])
                    result[i, j] += x[idx] * weights[ii, jj]
    return result


#case: conv(np.tri(20, 20) * 0.5, np.tri(5, 5) * 0.25)
#case: conv(np.random.default_rng(1).standard_normal((9, 7)), np.random.default_rng(2).standard_normal((3, 3)))
#case: conv(np.zeros((0, 4)), np.ones((3, 3)))
#case: conv(np.ones((4, 4)), np.zeros((0, 0)))
#case: conv(np.random.default_rng(3).standard_normal((6, 8))[::2, ::-1], np.full((3, 3), np.nan))
#case: conv(np.ones((3, 3)), np.ones((9, 9)))


def conv32(x, weights):
    result = np.zeros_like(x)
    for i in range(x.shape[0]):
        for j in range(x.shape[1]):
            for ii in range(weights.shape[0]):
                for jj in range(weights.shape[1]):
                    result[i, j] += x[min(i + ii, x.shape[0] - 1), min(j + jj, x.shape[1] - 1)] * weights[ii, jj]
    return result


#case: conv32(np.random.default_rng(4).standard_normal((7, 5)).astype(np.float32), np.random.default_rng(5).standard_normal((3, 2)).astype(np.float32))


def int_acc(x, n):
    out = np.zeros(2, dtype=np.int64)
    k = 1
    for i in range(n):
        out[k] += x[i % len(x)] * 3
    return out


#case: int_acc(np.array([1, 2, 3]), 10)
#case: int_acc(np.array([2**62, 2**62]), 3)
#case: int_acc(np.array([-5, 7]), 0)


def bad_index(x, k, n):
    out = np.zeros(3)
    for i in range(n):
        out[k] += x[i]
    return out


#case: bad_index(np.arange(5.0), 1, 5)
#case: bad_index(np.arange(5.0), -1, 5)
#case: bad_index(np.arange(5.0), 3, 5)
#case: bad_index(np.arange(5.0), 3, 0)
#case: bad_index(np.arange(5.0), -4, 2)


def raises_midway(x, n):
    out = np.zeros(2)
    for i in range(n):
        out[0] += x[i]
    return out


#case: raises_midway(np.arange(4.0), 4)
#case: raises_midway(np.arange(4.0), 6)
#case: raises_midway(np.arange(4.0), -1)


def aliased(x, n):
    out = np.zeros(4)
    view = out[1:]
    for i in range(n):
        out[1] += view[0] + x[i]
    return out, view


#case: aliased(np.arange(5.0), 5)


def param_target(x, out):
    for i in range(len(x)):
        out[0] += x[i] * out[len(out) - 1]
    return out


#case: param_target(np.arange(5.0), np.ones(1))
#case: param_target(np.arange(5.0), np.ones(3))


def with_try(x, n):
    out = np.zeros(2)
    try:
        for i in range(n):
            out[1] += x[i]
    except IndexError:
        return out
    return out * 2


#case: with_try(np.arange(4.0), 4)
#case: with_try(np.arange(4.0), 7)


def index_moves(x, n):
    out = np.zeros(3)
    k = 0
    for i in range(n):
        out[k] += x[i]
        k = (k + 1) % 3
    return out


#case: index_moves(np.arange(7.0), 7)


def cond_update(x, lim):
    out = np.zeros(1)
    z = 0
    for v in x:
        if v < lim:
            out[z] += v * v
        else:
            out[z] -= 1.0
    return out


#case: cond_update(np.array([0.1, 2.5, 0.3, np.nan, -4.0]), 1.0)
#case: cond_update(np.array([]), 1.0)


def empty_loop(x, k):
    out = np.zeros(2)
    for i in range(0):
        out[k] += x[i]
    return out


#case: empty_loop(np.arange(3.0), 9)


def returned_pair(x, n):
    out = np.zeros((2, 2))
    r = 1
    c = 0
    for i in range(n):
        out[r, c] += 1.0 / (x[i] + 0.5)
    return out, out.shape
#case: returned_pair(np.arange(1000.0), 1000)
#case: returned_pair(np.arange(3.0), 2)
