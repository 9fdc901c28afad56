"""`# export ufunc` and `# export gufunc`: compiled functions exported as numpy ufuncs
(tests/test_ufunc_export.py compares them with the plain functions applied element by element)."""

import math

# export ufunc hypot2(float64, float64)
# export ufunc hypot2(int64, int64)


def hypot2(x, y):
    """x*x + y*y, element-wise"""
    return x * x + y * y


# export ufunc div(float64, float64)


def div(a, b):
    return a / b


# export ufunc floordiv(int, int)


def floordiv(a, b):
    return a // b


# export ufunc divmod2(int, int)


def divmod2(a, b):
    return a // b, a % b


# export ufunc is_big(float)
# export ufunc is_big(complex)


def is_big(x):
    return abs(x) > 10.0


# export ufunc logit(float)


def logit(p):
    return math.log(p / (1 - p))


# export ufunc rotate(complex, float)


def rotate(z, t):
    return z * complex(math.cos(t), math.sin(t))


# export ufunc clamp(float, float, float)


def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


# export ufunc count_bits(int)


def count_bits(n):
    if n < 0:
        raise ValueError("negative")
    c = 0
    while n:
        c += n & 1
        n >>= 1
    return c


# export gufunc mavg(float64[], int, float64[]) (n),()->(n)


def mavg(x, window_width, res):
    xsum = x[: window_width - 1].sum() + x[0]
    for i in range(window_width, len(x)):
        xsum += x[i] - x[i - window_width]
        res[i] = xsum / window_width


# export gufunc matvec(float64[:,:], float64[], float64[]) (m,n),(n)->(m)


def matvec(a, v, out):
    for i in range(a.shape[0]):
        s = 0.0
        for j in range(a.shape[1]):
            s += a[i, j] * v[j]
        out[i] = s


# export gufunc minmax(int64[], int64[]) (n)->(two)


def minmax(x, out):
    out[0] = x.min()
    out[1] = x.max()


# export capsule gauss(float64)


def gauss(x):
    return math.exp(-x * x)


# export capsule inv(float64)


def inv(x):
    return 1.0 / x


# export capsule poly(float64, int)


def poly(x, n):
    s = 0.0
    for k in range(n + 1):
        s += x**k
    return s
