"""Float arithmetic: Python floor division/modulo, IEEE special values, mixed int/float."""

# export float_ops(float, float)
# export floordiv(float, float)
# export mod(float, float)
# export truediv(float, float)
# export mixed(int, float)
# export float_pow(float, int)
# export float_pow_f(float, float)
# export horner(float)
# export aug_assign(float)
# export scale(float64)


def float_ops(a, b):
    return a + b, a - b, a * b, -a, +b


#case: float_ops(1.5, 2.25)
#case: float_ops(0.1, 0.2)
#case: float_ops(-0.0, 0.0)
#case: float_ops(1e308, 1e308)
#case: float_ops(inf, inf)
#case: float_ops(inf, -inf)
#case: float_ops(nan, 1.0)
#case: float_ops(5e-324, 0.5)
# (a numpy scalar argument becomes the Python number: documented deviation, README)
#deviates: float_ops(np.float64(2.5), 4.0) -> (6.5, -1.5, 10.0, -2.5, 4.0)


def floordiv(a, b):
    return a // b


#case: floordiv(7.5, 2.0)
#case: floordiv(-7.5, 2.0)
#case: floordiv(7.5, -2.0)
#case: floordiv(-7.5, -2.0)
#case: floordiv(1.0, 0.1)
#case: floordiv(-5.0, inf)
#case: floordiv(5.0, inf)
#case: floordiv(1e300, 1e-300)
#case: floordiv(nan, 2.0)
#case: floordiv(7.5, 0.0)


def mod(a, b):
    return a % b


#case: mod(7.5, 2.0)
#case: mod(-7.5, 2.0)
#case: mod(7.5, -2.0)
#case: mod(-7.5, -2.0)
#case: mod(-1e-20, 1.0)
#case: mod(5.0, inf)
#case: mod(-5.0, inf)
#case: mod(1e308, 3.0)
#case: mod(nan, 2.0)
#case: mod(inf, 2.0)
#case: mod(-0.0, 3.0)
#case: mod(1.0, 0.0)


def truediv(a, b):
    return a / b


#case: truediv(1.0, 3.0)
#case: truediv(-1.0, 3.0)
#case: truediv(1e308, 1e-10)
#case: truediv(inf, 2.0)
#case: truediv(1.0, inf)
#case: truediv(1.0, 0.0)
#case: truediv(0.0, 0.0)
#case: truediv(1.0, -0.0)


def mixed(n, x):
    # int op float gives float; int / int inside gives float too.
    return n + x, n * x, x - n, n / x, n // x, n % x, n / 4, (n + 1) / 2


#case: mixed(3, 0.5)
#case: mixed(-7, 2.5)
#case: mixed(0, -1.0)
#case: mixed(2**53 + 1, 1.0)
#case: mixed(7, 0.0)


def float_pow(x, n):
    return x ** n, x ** 2, x ** -1


#case: float_pow(2.0, 10)
#case: float_pow(2.0, -3)
#case: float_pow(-1.5, 3)
#case: float_pow(-1.5, 0)
#case: float_pow(10.0, 308)
#case: float_pow(0.5, 1100)
#case: float_pow(3.0, 0)


def float_pow_f(x, y):
    return x ** y


#case: float_pow_f(2.0, 0.5)
#case: float_pow_f(9.0, -0.5)
#case: float_pow_f(1.0, nan)
#case: float_pow_f(nan, 0.0)
#case: float_pow_f(inf, -1.0)
#case: float_pow_f(0.5, inf)


def horner(x):
    # numexpr's polynomial from seed 002.
    return 0.25*x**3 + 0.75*x**2 - 1.5*x - 2


#case: horner(0.0)
#case: horner(-1.0)
#case: horner(0.3333)
#case: horner(1e100)


def aug_assign(x):
    x += 1.5
    x *= -2.0
    x /= 3.0
    x //= 0.5
    x %= 1.75
    x -= 0.125
    x **= 2
    return x


#case: aug_assign(1.0)
#case: aug_assign(-10.25)
#case: aug_assign(0.0)


def scale(x):
    return 2 * x + 1


#case: scale(1.25)
#case: scale(-inf)
#typeerror: scale(1j)
#typeerror: scale("1.0")
