"""A variable holding a numpy int64/float64 on some paths and a Python number on others
(`s = 0.0` then `s += a[i]`: a Python float if the loop does not run, a numpy float if it does)
keeps each value's own type, as in CPython: the result is `np.float64` or `float`, division by
zero gives inf (numpy) or raises ZeroDivisionError (Python) by the value's type, int64 wraps
only as a numpy int. Also functions returning a numpy scalar on one path and a Python number on
another, `max`/`min` of both, and the operations on such values. (Parallel reductions keep Python
numbers: their threads reduce plain numbers.)"""

import numpy as np


# export total(float[])
def total(a):
    s = 0.0
    for i in range(len(a)):
        s += a[i]
    return s

#case: total(np.array([1.5, 2.0]))
#case: total(np.array([]))


# export total_int(int[])
def total_int(a):
    t = 0
    for x in a:
        t += x
    return t

#case: total_int(np.array([3, 4]))
#case: total_int(np.array([], dtype=np.int64))
#case: total_int(np.array([2**62, 2**62]))


# export sums_of_sums(float[])
def sums_of_sums(a):
    s = 0
    for k in range(3):
        s += np.sum(a)
    return s, str(s), repr(s)

#case: sums_of_sums(np.array([1.5, 2.0]))
#case: sums_of_sums(np.array([]))


# export ratio(float[], float)
def ratio(a, d):
    m = 0.0
    for x in a:
        if x > m:
            m = x
    return m / d, m // d, m % 2.0, m * 2, -m, abs(m), round(m), round(m, 1), int(m), float(m), m ** 2, m ** 0.5

#case: ratio(np.array([1.25, 3.5]), 0.0)
#case: ratio(np.array([1.25, 3.5]), 2.0)
#case: ratio(np.array([-1.0]), 2.0)
#case: ratio(np.array([-1.0]), 0.0)


# export largest(float[])
def largest(a):
    m = 0.0
    for x in a:
        m = max(m, x)
    return m, min(m, 1.0)

#case: largest(np.array([1.5, -2.0]))
#case: largest(np.array([-1.5]))


# export kinds(int[], float[])
def kinds(a, b):
    x = a[0]
    if len(b) > 1:
        x = b[0]
    y = x // 2
    return x, y, x % 3, 1 if x > 1 else 0, 1 if x == 7 else 0, f"{x} {y!r}", "%s %r %d" % (x, y, x), np.sqrt(x), x * 1.5

#case: kinds(np.array([7]), np.array([2.5]))
#case: kinds(np.array([7]), np.array([2.5, 1.0]))


# export first_or_zero(float[], int)
def first_or_zero(a, k):
    if k > 0:
        return a[0]
    return 0.0

#case: first_or_zero(np.array([1.5, 2.0]), 1)
#case: first_or_zero(np.array([1.5, 2.0]), 0)


# export mean_or_raise(float[])
def mean_or_raise(a):
    s = 0.0
    for x in a:
        s += x
    return s / len(a)

#case: mean_or_raise(np.array([1.0, 2.0]))
#case: mean_or_raise(np.array([]))


# export wrap(int[], int)
def wrap(a, n):
    t = 1
    for i in range(n):
        t *= a[0]
    return t

#case: wrap(np.array([3]), 4)
#case: wrap(np.array([3]), 0)
#case: wrap(np.array([2**40]), 2)


# export last(float[])
def last(a):
    x = 0.0
    for x in a:
        pass
    return x

#case: last(np.array([1.5, 2.0]))
#case: last(np.array([]))


# export pair(float[])
def pair(a):
    p = 1
    q = 2.5
    if len(a) > 1:
        p, q = a[0], a[1]
    return p, q, p + q

#case: pair(np.array([1.5, 2.0]))
#case: pair(np.array([]))


# export bits(int[])
def bits(a):
    b = 0
    x = 0
    for i in range(len(a)):
        b |= a[i]
        x ^= a[i]
    return b, x, b & 6, x << 2, b >> 1

#case: bits(np.array([1, 2, 12]))
#case: bits(np.array([], dtype=np.int64))


# export scaled(float[:,:])
def scaled(img):
    top = np.max(img)
    top = max(1.0, top) + 1e-9
    img /= top
    return img, img * top, img / top
#case: scaled(np.array([[0.5, 3.0], [2.0, -1.0]]))
#case: scaled(np.array([[0.5, 0.25]]))
