"""The opt-in fast-math mode (`# pyrs fast-math`, here for the whole file): float sums of
range loops reassociated into eight partial sums, `a * b + c` fused into one multiply-add,
`x ** 3`/`x ** 4` as products, `np.exp`/`np.log`/`math.exp`/`math.log` the vectorisable
versions. Results agree with CPython within the harness's tolerance (1e-12 relative), not to
the bit (tests/test_fast_math.py checks that they do differ where they should, and that the
exceptions are CPython's)."""

# pyrs fast-math

import math

import numpy as np

# export long_sum(int)
# export sub_sum(int)
# export fused(float, float, float)
# export fused_forms(float, float, float)
# export powers(float)
# export horner(float[])
# export math_fns(float)
# export np_fns(float[])
# export np_sum_log(float[])
# export mixed_ints(int, float)
# export two_products(float, float, float, float)
# export carried_product(float, float, float, float)
# export smooth(float[], float)
# export smooth_strided(float[::], float)


def long_sum(n):
    s = 0.0
    for k in range(1, n):
        s += 1.0 / (k * k + 1)
    return s


#case: long_sum(100001)
#case: long_sum(0)
#case: long_sum(7)
#case: long_sum(9)
#case: long_sum(18)


def sub_sum(n):
    s = 1.0
    for k in range(1, n):
        s -= 0.5 / (k * k)
    return s


#case: sub_sum(1000)
#case: sub_sum(3)


def fused(a, b, c):
    return a * b + c


#case: fused(1.5, 2.0, 0.25)
#case: fused(math.inf, 0.0, 1.0)
#case: fused(1e308, 10.0, -1e308)


def fused_forms(a, b, c):
    x = c - a * b
    y = a * b - c
    z = c + 2 * a * b
    w = a * 3 + b * c
    return x, y, z, w


#case: fused_forms(1.5, -2.0, 0.25)
#case: fused_forms(0.1, 0.2, 0.3)


def powers(x):
    return x ** 3 + x ** 4 - x ** 2


#case: powers(1.1)
#case: powers(-3.0)
#case: powers(0.0)
#case: powers(math.nan)


def horner(c):
    # Horner's rule on array elements (numpy float64 scalars)
    x = 0.5
    r = 0.0
    for i in range(c.shape[0]):
        r = r * x + c[i]
    return r


#case: horner(np.array([1.0, -2.0, 3.0, 0.5, 0.25]))
#case: horner(np.zeros(0))


def math_fns(x):
    return math.exp(x) + math.log(x)


#case: math_fns(1.5)
#case: math_fns(700.0)
#case: math_fns(0.0)
#case: math_fns(-1.0)
#case: math_fns(710.0)
#case: math_fns(math.inf)
#case: math_fns(math.nan)


def np_fns(a):
    return np.exp(a) - np.log(a)


#case: np_fns(np.linspace(0.01, 50.0, 1001))
#case: np_fns(np.array([0.0, -1.0, np.inf, np.nan, 1e-310, 800.0]))


def np_sum_log(a):
    return np.log(a).sum()


#case: np_sum_log(np.linspace(0.5, 3.0, 10007))


def mixed_ints(n, x):
    # an int times a float, plus a float: contracted; int * int + float: not (int product)
    return n * x + 0.5, n * n + x


#case: mixed_ints(3, 0.1)
#case: mixed_ints(2**20, 1.5)


def two_products(a, b, c, d):
    # no variable written: the left product is the fused one
    return a * b + c * d

#case: two_products(1.5, 2.0, 0.25, -4.0)
#case: two_products(-1.0, 1.0, 1.0 + 2.0**-30, 1.0 - 2.0**-30)
#case: two_products(math.inf, 0.0, 1.0, 1.0)


def carried_product(a, b, c, d):
    # `s` is written: the product reading it is the fused one (the chain a loop carries)
    s = c
    s = a * b + d * s
    t = c
    t = a * b - d * t
    return s, t

#case: carried_product(1.5, 2.0, 0.25, -4.0)
#case: carried_product(1e308, 10.0, 1.0, -1e308)


def smooth(x, alpha):
    # numpy-benchmarks' smoothing: `s[i]` from `s[i - 1]` through one fused multiply-add
    s = x.copy()
    for i in range(1, len(x)):
        s[i] = alpha * x[i] + (1 - alpha) * s[i - 1]
    return s

#case: smooth(np.linspace(0.0, 1.0, 1001), 0.4)
#case: smooth(np.zeros(0), 0.4)
#case: smooth(np.array([1.0]), 0.4)
#case: smooth(np.array([1.0, np.nan, 2.0, 3.0]), 0.5)
#case: smooth(np.array([1.0, -2.0, np.inf, 3.0]), 0.25)


def smooth_strided(x, alpha):
    return smooth(x, alpha)

#case: smooth_strided(np.linspace(-1.0, 1.0, 99)[::-2], 0.7)
#case: smooth_strided(np.linspace(-1.0, 1.0, 99)[::3], 0.1)
