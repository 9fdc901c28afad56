"""`from numpy import *` and `from math import *`: the names bind as the import binds them —
numpy 2.x rebinds `abs all any bool divmod max min pow round sum` (so `sum(a, 0)` is numpy's
sum along axis 0, `max(a)` numpy's max), math's `pow` is a float power; later imports and
definitions win, as in Python."""
from math import *
from numpy import *


# export grid(int, float)
def grid(n, h):
    a = zeros((n, n))
    for i in range(n):
        for j in range(n):
            a[i, j] = sin(i * h) + cos(j * h) + sqrt(float(i + j))
    return a, sum(a), sum(a, 0), max(a, 1), abs(-a).min(), pi, float64(h) / 2

#case: grid(3, 0.5)
#case: grid(1, -1.0)


# export vec(float[])
def vec(x):
    y = linspace(0.0, 1.0, len(x))
    z = exp(-x) * y + floor(x) - fabs(x[0])
    return z, round(x, 1), any(x > 1.0), all(x > -5.0), dot(x, y), mean(x), arange(len(x), dtype=int64)

#case: vec(np.array([0.25, 1.5, -2.0, 3.75]))
#case: vec(np.array([0.5]))


# export empty_max(float[])
def empty_max(x):
    return max(x)

#case: empty_max(np.array([1.0, -2.0]))
#case: empty_max(np.zeros(0))


# export builtins_kept(int list)
def builtins_kept(xs):
    # int, float, len, range, sorted, list stay Python's
    return int(2.7), float(3), len(xs), sorted(xs), list(range(3)), e, tau, isnan(nan)

#case: builtins_kept([3, 1, 2])
#case: builtins_kept([])


# export math_names(float)
def math_names(x):
    # math's names numpy does not have stay math's
    return factorial(5), isqrt(17), trunc(-x), comb(5, 2), perm(4, 2)

#case: math_names(2.5)
#case: math_names(0.5)
