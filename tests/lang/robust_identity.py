"""A function returning its scalar parameter as it came returns the argument object itself,
as CPython does: `True` given for an `int` comes back `True`, `1` for a `float` comes back
`1`, a numpy scalar stays one. (A function whose returns name different parameters still
returns the converted value: documented in tests/README.md.)"""

import numpy as np

# export ident_int(int)
# export ident_float(float)
# export ident_complex(complex)
# export checked(int, int)
# export times_one(int)
# export looped(int, int)


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
