"""The math module (import math / from math import ...) and numpy's scalar sqrt/exp/log."""
import math
from math import sqrt
import numpy as np

# export msqrt(float)
# export mexp(float)
# export mlog(float)
# export mlog_base(float, float)
# export trig(float)
# export matan2(float, float)
# export rounding_fns(float)
# export mfabs(float)
# export mpow(float, float)
# export mhypot(float, float)
# export constants()
# export int_args(int)
# export np_funcs(float)
# export square_hypot(float, float)
# export gauss(float, float, float)


def msqrt(x):
    return sqrt(x) + math.sqrt(x)


#case: msqrt(2.0)
#case: msqrt(0.0)
#case: msqrt(-0.0)
#case: msqrt(inf)
#case: msqrt(nan)
#case: msqrt(1e-320)
#case: msqrt(-1.0)


def mexp(x):
    return math.exp(x)


#case: mexp(0.0)
#case: mexp(1.0)
#case: mexp(-1000.0)
#case: mexp(709.0)
#case: mexp(-inf)
#case: mexp(nan)
#case: mexp(1000.0)
#case: mexp(inf)


def mlog(x):
    return math.log(x)


#case: mlog(1.0)
#case: mlog(math.e)
#case: mlog(1e-310)
#case: mlog(inf)
#case: mlog(nan)
#case: mlog(0.0)
#case: mlog(-1.0)


def mlog_base(x, b):
    return math.log(x, b)


#case: mlog_base(8.0, 2.0)
#case: mlog_base(1000.0, 10.0)
#case: mlog_base(0.5, 4.0)
#case: mlog_base(8.0, 0.0)
#case: mlog_base(0.0, 10.0)


def trig(x):
    return math.sin(x), math.cos(x), math.tan(x)


#case: trig(0.0)
#case: trig(math.pi / 6)
#case: trig(-2.5)
#case: trig(1e6)
#case: trig(nan)


def matan2(y, x):
    return math.atan2(y, x)


#case: matan2(1.0, 1.0)
#case: matan2(0.0, -0.0)
#case: matan2(-0.0, -1.0)
#case: matan2(inf, -inf)
#case: matan2(-1.0, 0.0)


def rounding_fns(x):
    # In Python 3 math.floor / math.ceil return ints.
    return math.floor(x), math.ceil(x), math.floor(x) + 1


#case: rounding_fns(2.5)
#case: rounding_fns(-2.5)
#case: rounding_fns(-0.0)
#case: rounding_fns(3.0)
#case: rounding_fns(1e18)
#case: rounding_fns(-4.0000001)


def mfabs(x):
    return math.fabs(x), abs(x)


#case: mfabs(-3.5)
#case: mfabs(-0.0)
#case: mfabs(-inf)


def mpow(x, y):
    return math.pow(x, y)


#case: mpow(2.0, 0.5)
#case: mpow(-2.0, 3.0)
#case: mpow(0.0, 0.0)
#case: mpow(nan, 0.0)
#case: mpow(1.0, nan)
#case: mpow(2.0, -1074.0)


def mhypot(x, y):
    return math.hypot(x, y)


#case: mhypot(3.0, 4.0)
#case: mhypot(1e300, 1e300)
#case: mhypot(1e-300, -1e-300)
#case: mhypot(inf, nan)


def constants():
    return math.pi, math.e, 2 * math.pi


#case: constants()


def int_args(n):
    # math functions accept ints and return floats (floor/ceil return ints).
    return math.sqrt(n), math.exp(n), math.floor(n), math.fabs(n), math.hypot(n, 1)


#case: int_args(16)
#case: int_args(0)
#case: int_args(5)


def np_funcs(x):
    # numpy's scalar functions give nan/inf where math raises.
    return np.sqrt(x), np.exp(x), np.log(x)


#case: np_funcs(2.0)
#case: np_funcs(0.0)
#case: np_funcs(-1.0)
#case: np_funcs(1000.0)
#case: np_funcs(inf)
#case: np_funcs(nan)


def square(x):
    return x ** 2


def square_hypot(x, y):
    # seed 002's Numba example: hypot through a helper.
    return np.sqrt(square(x) + square(y))


#case: square_hypot(10.0, 8.0)
#case: square_hypot(-3.0, 4.0)
#case: square_hypot(1e150, -1e150)


def gauss(x, mu, sigma):
    return math.exp(-0.5 * ((x - mu) / sigma) ** 2) / (sigma * math.sqrt(2 * math.pi))


#case: gauss(0.0, 0.0, 1.0)
#case: gauss(1.5, -0.5, 2.0)
#case: gauss(40.0, 0.0, 1.0)
#case: gauss(1.0, 0.0, 0.0)
