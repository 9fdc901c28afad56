"""Ints are 64-bit: an exact result that does not fit raises OverflowError instead of wrapping
(CPython would give a big int; these cases pin the documented difference)."""

# export mul(int, int)
def mul(a, b):
    return a * b

#case: mul(3037000499, 3037000499)
#deviates: mul(3037000500, 3037000500) -> OverflowError
#deviates: mul(-9223372036854775807 - 1, -1) -> OverflowError

# export add_up(int, int)
def add_up(a, n):
    s = a
    for i in range(n):
        s += a
    return s

#case: add_up(10, 5)
#deviates: add_up(4611686018427387904, 1) -> OverflowError

# export power(int, int)
def power(b, e):
    return b ** e

#case: power(2, 62)
#case: power(-2, 63)
#deviates: power(2, 63) -> OverflowError
#deviates: power(10, 19) -> OverflowError

# export shift(int, int)
def shift(a, k):
    return a << k

#case: shift(1, 62)
#deviates: shift(1, 63) -> OverflowError
#case: shift(5, 0)
