"""A function returning its scalar parameter as it came returns the argument object itself,
as CPython does: `True` given for an `int` comes back `True`, `1` for a `float` comes back
`1`, a numpy scalar stays one — also where only some paths return a parameter as it came
(`if n < 2: return n`) and others a computed value, or different paths different parameters."""

import numpy as np

# export ident_int(int)
# export ident_float(float)
# export ident_complex(complex)
# export checked(int, int)
# export times_one(int)
# export looped(int, int)
# export fib(int)
# export pick(int, float)
# export either(int, int)
# export times_one_mixed(int)
# export deep(int, float)


def ident_int(n):
    return n


#case: ident_int(True)
#case: ident_int(False)
#case: ident_int(7)
#case: ident_int(np.int64(5))
#case: ident_int(np.uint8(200))


def ident_float(x):
    return x


#case: ident_float(1)
#case: ident_float(True)
#case: ident_float(2.5)


def ident_complex(z):
    return z


#case: ident_complex(2.5)
#case: ident_complex(3)
#case: ident_complex(1j)


def checked(n, lo):
    if n < lo:
        raise ValueError("too small")
    return n


#case: checked(True, 0)
#case: checked(False, 1)
#case: checked(np.int16(3), 2)


def times_one(n):
    # a new value, not the argument: 1, not True
    return n * 1


#case: times_one(True)


def looped(n, k):
    s = 0
    for i in range(k):
        s += i
        if s > 10:
            return n
    return n


#case: looped(True, 10)
#case: looped(False, 2)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


#case: fib(True)
#case: fib(False)
#case: fib(np.int64(1))
#case: fib(np.uint8(1))
#case: fib(12)


def pick(n, x):
    if n > 0:
        return x
    return n * 1.5


#case: pick(1, 2)
#case: pick(0, 2)
#case: pick(True, True)
#case: pick(-1, np.float64(2.5))
#case: pick(3, np.float64(2.5))


def either(a, b):
    if a > b:
        return a
    return b


#case: either(True, False)
#case: either(False, True)
#case: either(np.uint8(3), 2)
#case: either(2, np.int16(7))


def times_one_mixed(n):
    # the computed path returns 1, not True, though the value is the argument's
    if n > 5:
        return n
    return n * 1


#case: times_one_mixed(True)
#case: times_one_mixed(9)


def deep(n, x):
    # the recursive calls return their parameter; the outer call a computed value
    if n <= 0:
        return x
    return deep(n - 1, x) + 0.0


#case: deep(3, 1)
#case: deep(0, 1)
#case: deep(0, True)
#case: deep(2, True)
