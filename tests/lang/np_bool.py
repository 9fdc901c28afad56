"""`numpy.bool_` values: an element of a bool array, a comparison where an operand is a numpy
scalar, `np.all`/`np.any` of a whole array, `np.isnan` and the comparison ufuncs of scalars are
`numpy.bool_` in CPython, and so they are in compiled code: results reach Python as
`numpy.True_`/`numpy.False_`, `repr` shows `np.True_`, arithmetic with ints is numpy's int64, and
`&`, `|`, `^`, `~` of two stay `numpy.bool_`. A comparison of Python numbers stays a Python bool."""

import numpy as np


# export elem(bool[], int)
def elem(m, i):
    return m[i]

#case: elem(np.array([True, False]), 0)
#case: elem(np.array([True, False]), 1)
#case: elem(np.array([True, False]), 2)


# export compare(float[], float)
def compare(a, t):
    return a[0] > t, a[0] == a[1], t < 1.0, 0.0 <= a[0] < 10.0

#case: compare(np.array([1.5, 1.5]), 1.0)
#case: compare(np.array([0.5, 2.0]), 3.0)
#case: compare(np.array([nan, 1.0]), 0.0)


# export compare_int(int[])
def compare_int(a):
    return a[0] != 3, a[1] >= a[0], len(a) > 1

#case: compare_int(np.array([3, 4]))
#case: compare_int(np.array([5, 4]))


# export reductions(float[])
def reductions(a):
    return np.all(a > 0), np.any(a > 2), (a < 0).any(), (a < 0).all(), np.isnan(a[0])

#case: reductions(np.array([1.0, 2.5]))
#case: reductions(np.array([-1.0, nan]))
#case: reductions(np.array([nan]))


# export scalar_ufuncs(float, float)
def scalar_ufuncs(x, y):
    return np.isnan(x), np.isfinite(x), np.isinf(y), np.less(x, y), np.greater_equal(x, y)

#case: scalar_ufuncs(1.0, 2.0)
#case: scalar_ufuncs(nan, inf)
#case: scalar_ufuncs(-inf, -inf)


# export text(bool[])
def text(m):
    x = m[0]
    return str(x), repr(x), f"{x}", f"{x!r}", str([x, m[1]]), repr((x,)), "%s %r" % (x, x)

#case: text(np.array([True, False]))
#case: text(np.array([False, False]))


# export counts(float[], float)
def counts(a, t):
    n = 0
    for x in a:
        n += x > t
    return n

#case: counts(np.array([1.0, 2.0, 3.0]), 1.5)
#case: counts(np.array([1.0]), 1.5)
#case: counts(np.array([], dtype=np.float64), 1.5)


# export logic(bool[])
def logic(m):
    x, y = m[0], m[1]
    return x & y, x | y, x ^ y, ~x, x & True, not x, x and y, x or y, x + 1, x * 2.5, x == y

#case: logic(np.array([True, False]))
#case: logic(np.array([True, True]))
#case: logic(np.array([False, False]))


# export masks(float[])
def masks(a):
    m = np.zeros(len(a), dtype=np.bool_)
    k = 0
    for i in range(len(a)):
        m[i] = a[i] > 0
        if m[i]:
            k += 1
    return m, k, [b for b in m]

#case: masks(np.array([1.0, -2.0, 3.0]))
#case: masks(np.array([], dtype=np.float64))


# export in_conditions(float[], int)
def in_conditions(a, n):
    c = 0
    for i in range(len(a)):
        if i < n <= a[i]:
            c += 1
        while c > 0 and not a[0] > 100 and c < n < a[i]:
            c -= 1
    return c

#case: in_conditions(np.array([1.0, 5.0, 9.0]), 2)
#case: in_conditions(np.array([3.0]), 0)


# export flags(float[])
def flags(a):
    out = []
    for x in a:
        out.append(bool(x > 1.0))
    return out, int(a[0] > 0), float(np.all(a > 0))

#case: flags(np.array([0.5, 1.5]))
#case: flags(np.array([2.0]))
