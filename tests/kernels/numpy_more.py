"""numpy functions of numpy-benchmarks: `repeat`, `tile`, `copyto`, `average` (with weights),
`concatenate` of lists and arrays."""

import numpy as np

# export repeats(float[], int)
# export repeats2(int[:,:], int, int)
# export tiles(float[], int)
# export tiles2(int[:,:], int)
# export copy_into(float[:,:], float[:,:])
# export copy_broadcast(float[:,:], float[], int)
# export copy_cast(int[], float[], bool[])
# export averages(float[], float[])
# export averages2(float[:,:], float[], int)
# export averages_int(int[], int[])
# export average_bad(float[:,:], float[:,:])
# export concat_lists(float[], int)
# export concat_where(uint32[])


def repeats(x, k):
    return np.repeat(x, k), np.repeat(x, k, axis=0), np.repeat(x, repeats=2) * 2.0


#case: repeats(np.array([1.5, 2.5, -1.0]), 3)
#case: repeats(np.array([1.5, 2.5, -1.0]), 0)
#case: repeats(np.array([]), 4)
#case: repeats(np.array([1.5]), -1)


def repeats2(m, k, axis):
    return np.repeat(m, k), np.repeat(m, k, axis), np.repeat(m.T, k, axis=axis)


#case: repeats2(np.arange(6).reshape(2, 3), 2, 0)
#case: repeats2(np.arange(6).reshape(2, 3), 2, 1)
#case: repeats2(np.arange(6).reshape(2, 3), 3, -1)
#case: repeats2(np.arange(6).reshape(2, 3), 2, 2)


def tiles(x, k):
    n = len(x)
    t = np.tile(x, (n, 1))
    return np.tile(x, k), t, t - t.T, np.tile(x, (2, 1, k))


#case: tiles(np.array([1.0, 2.0, 4.0]), 2)
#case: tiles(np.array([1.0, 2.0, 4.0]), 0)
#case: tiles(np.array([]), 3)
#case: tiles(np.array([1.0]), -2)


def tiles2(m, k):
    return np.tile(m, k), np.tile(m, (k, 2)), np.tile(m[:, ::-1], (2, 1, 1))


#case: tiles2(np.arange(6).reshape(2, 3), 2)


def copy_into(a, b):
    old = np.zeros_like(a)
    np.copyto(old, a)
    np.copyto(a, b)
    np.copyto(b[0], 7.0)
    return old


#case: copy_into(np.arange(6.0).reshape(2, 3), np.ones((2, 3)))
#case: copy_into(np.arange(6.0).reshape(2, 3), np.ones((3, 2)))


def copy_broadcast(m, row, k):
    np.copyto(m, row)
    np.copyto(m[:, 0], k)
    return m


#case: copy_broadcast(np.zeros((2, 3)), np.array([1.0, 2.0, 3.0]), 5)
#case: copy_broadcast(np.zeros((2, 3)), np.array([1.0, 2.0]), 5)


def copy_cast(a, x, m):
    y = np.zeros(len(a))
    np.copyto(y, a)
    np.copyto(x, m)
    return y, x


#case: copy_cast(np.array([1, 2, -3]), np.zeros(3), np.array([True, False, True]))


def averages(x, w):
    return np.average(x), np.average(x, weights=w), np.average(x, 0, w), np.average(x, axis=0)


#case: averages(np.array([1.0, 2.0, 4.0, 8.0]), np.array([1.0, 0.5, 0.25, 2.0]))
#case: averages(np.array([1.0, 2.0]), np.array([1.0, -1.0]))
#case: averages(np.array([1.0, 2.0]), np.array([1.0, 2.0, 3.0]))
#case: averages(np.array([]), np.array([]))


def averages2(m, w, axis):
    return np.average(m, axis=axis, weights=w), np.average(m, axis), np.average(m), np.average(m, weights=m)


#case: averages2(np.arange(6.0).reshape(2, 3), np.array([1.0, 2.0, 3.0]), 1)
#case: averages2(np.arange(6.0).reshape(2, 3), np.array([1.0, 2.0]), 0)
#case: averages2(np.arange(6.0).reshape(2, 3), np.array([1.0, 2.0]), 1)
#case: averages2(np.arange(6.0).reshape(2, 3), np.array([1.0, -1.0]), 0)
#case: averages2(np.arange(6.0).reshape(2, 3), np.array([1.0, 2.0]), 2)


def averages_int(a, w):
    return np.average(a), np.average(a, weights=w), np.average(a > 1, weights=w)


#case: averages_int(np.array([1, 2, 3]), np.array([3, 2, 1]))


def average_bad(m, w):
    return np.average(m, weights=w)


#case: average_bad(np.ones((2, 2)), np.ones((2, 2)))
#case: average_bad(np.ones((2, 2)), np.ones((2, 3)))


def concat_lists(x, n):
    a = np.concatenate(([1.0], x))
    b = np.concatenate((x, [n, 2 * n]))
    c = np.concatenate(([n], np.diff(x)))
    return a, b, c


#case: concat_lists(np.array([3.0, 5.0, 9.0]), 4)


def concat_where(values):
    # numpy-benchmarks' grouping
    diff = np.concatenate(([1], np.diff(values)))
    idx = np.concatenate((np.where(diff)[0], [len(values)]))
    return values[idx[:-1]], np.diff(idx)


#case: concat_where(np.array([1, 1, 2, 3, 3, 3, 7], dtype=np.uint32))
#case: concat_where(np.array([4], dtype=np.uint32))


# export tuple_index(float[:,:], int, int)
def tuple_index(m, i, j):
    # numpy-benchmarks' conv: a tuple of ints in a variable selects one element
    idx = i, j
    m[idx] += 1.0
    pos = (i, -1)
    return m[idx], m[pos] * 2.0, m


#case: tuple_index(np.arange(6.0).reshape(2, 3), 1, 0)
#case: tuple_index(np.arange(6.0).reshape(2, 3), 0, 2)
#case: tuple_index(np.arange(6.0).reshape(2, 3), 2, 0)
