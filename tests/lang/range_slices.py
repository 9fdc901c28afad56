"""Slicing a range value, `r[a:b:c]`: a range, as CPython's `compute_slice` (the slice clamped
to the range's length, then mapped through its start and step: `.start`/`.stop`/`.step`,
`len`, items and equality as CPython's), returned to Python as a `range`."""


def _sliced(r, a, b, c):
    return r[a:b:c]


# export cut(int, int, int, int, int, int)
def cut(start, stop, step, a, b, c):
    s = _sliced(range(start, stop, step), a, b, c)
    return s, s.start, s.stop, s.step, len(s), list(s)
#case: cut(0, 10, 1, 2, 7, 3)
#case: cut(0, 10, 1, 2, 100, 1)
#case: cut(0, 10, 1, -3, -1, 1)
#case: cut(0, 10, 1, 100, 200, 1)
#case: cut(0, 10, 1, -100, 3, 1)
#case: cut(0, 10, 1, 8, 2, -2)
#case: cut(0, 10, 1, -1, -100, -1)
#case: cut(5, -7, -3, 1, 3, 1)
#case: cut(5, -7, -3, 3, 0, -1)
#case: cut(-4, 20, 5, 0, 0, 1)
#case: cut(3, 3, 1, 0, 5, 2)
#case: cut(3, 3, 1, 0, 5, -2)
#case: cut(0, 10, 1, 0, 5, 0)
#deviates: cut(0, 9223372036854775807, 4611686018427387904, 0, 2, 1) -> OverflowError
#case: cut(0, 9223372036854775807, 4611686018427387904, 0, 1, 1)


# export ends(int)
def ends(n):
    r = range(n)
    return r[::-1], r[1:], r[:-1], r[::2][::-1], r[n // 2:][1::3]
#case: ends(10)
#case: ends(1)
#case: ends(0)
#case: ends(-3)


# export reversed_sum(int, int)
def reversed_sum(n, k):
    total = 0
    for i in range(n)[::-k]:
        total = total * 10 + i
    return total, range(n)[::-k] == range(n - 1, -1, -k)
#case: reversed_sum(9, 2)
#case: reversed_sum(5, 1)
#case: reversed_sum(0, 3)
#case: reversed_sum(4, 0)
