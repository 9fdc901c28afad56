"""A function passed as a value and called without its defaulted arguments (`apply(h, n)` calling
`func(x)` for `def h(x, y=2)`): literal defaults are filled in, as CPython does."""


def h(x, y=2, scale=-0.5, tag="t", flag=True):
    return x * y * scale, tag, flag


def apply(func, x):
    return func(x)


def apply2(func, x, y):
    return func(x, y)


# export via_value(int)
def via_value(n):
    return apply(h, n), apply2(h, n, 3), list(map(h, [n, n + 1]))

#case: via_value(4)
#case: via_value(-1)
