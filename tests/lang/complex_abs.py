"""`abs()` of a Python complex as CPython's `complex_abs`: `hypot` of the parts, and
OverflowError ("absolute value too large") where it overflows from finite parts — also where
`abs(z)` is compared with a constant (an escape-time test, computed without the square root
when the answer is clear)."""

# export magnitude(float, float)
# export escapes(float, float, int)
# export compared(float, float, float)


def magnitude(re, im):
    return abs(complex(re, im))


#case: magnitude(3.0, 4.0)
#case: magnitude(1e308, 1e308)
#case: magnitude(1.5e308, 1.5e308)
#case: magnitude(float("inf"), 1.0)
#case: magnitude(float("nan"), float("inf"))
#case: magnitude(float("nan"), 0.0)
#case: magnitude(-0.0, -0.0)


def escapes(re, im, n):
    c = complex(re, im)
    z = 0j
    k = 0
    while k < n and abs(z) < 2:
        z = z * z + c
        k += 1
    return k


#case: escapes(0.25, 0.5, 50)
#case: escapes(1.0, 1.0, 50)
#case: escapes(1.5e308, 1.5e308, 5)
#case: escapes(1e200, 0.0, 5)


def compared(re, im, c):
    z = complex(re, im)
    return abs(z) > c, c <= abs(z), abs(z) == c


#case: compared(3.0, 4.0, 5.0)
#case: compared(1.5e308, 1.5e308, 2.0)
#case: compared(1e200, 1e200, 2.0)
#case: compared(float("nan"), 1.0, 2.0)
