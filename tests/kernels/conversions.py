"""int(), float(), complex(), round() with half-even rounding, min/max."""

# export to_int(float)
# export to_float(int)
# export round0(float)
# export round_n(float, int)
# export min_max_int(int, int, int)
# export min_max_float(float, float)
# export clip(float, float, float)
# export round_int(int)


def to_int(x):
    # int() truncates toward zero.
    return int(x)


#case: to_int(-2.7)
#case: to_int(2.7)
#case: to_int(-0.5)
#case: to_int(1e18)
#case: to_int(-9.2e18)
#deviates: to_int(1e19) -> OverflowError


def to_float(n):
    return float(n), float(n) / 2, complex(n, 1)


#case: to_float(3)
#case: to_float(-2**53 - 1)
#case: to_float(2**63 - 1)


def round0(x):
    # round(x) gives an int, rounding halves to even.
    return round(x)


#case: round0(2.5)
#case: round0(3.5)
#case: round0(-0.5)
#case: round0(-1.5)
#case: round0(0.49999999999999994)
#case: round0(-2.6)
#case: round0(1e17 + 1.0)


def round_n(x, n):
    # round(x, n) gives a float, correctly rounded (decimal half-even).
    return round(x, n)


#case: round_n(0.125, 2)
#case: round_n(0.375, 2)
#case: round_n(2.675, 2)
#case: round_n(1.0005, 3)
#case: round_n(-1.25, 1)
#case: round_n(1234.5678, -2)
#case: round_n(1234.5678, 0)
#case: round_n(5e-324, 400)
#case: round_n(1e300, -299)
#case: round_n(inf, 2)
#case: round_n(nan, 1)


def min_max_int(a, b, c):
    return min(a, b), max(a, b), min(a, b, c), max(c, b, a)


#case: min_max_int(1, 2, 3)
#case: min_max_int(-5, -5, 0)
#case: min_max_int(2**63 - 1, -2**63, 0)


def min_max_float(x, y):
    # min/max keep the first argument on ties and unordered (NaN) comparisons.
    return min(x, y), max(x, y)


#case: min_max_float(1.5, -2.5)
#case: min_max_float(nan, 1.0)
#case: min_max_float(1.0, nan)
#case: min_max_float(-inf, inf)


def clip(x, lo, hi):
    return max(lo, min(x, hi))


#case: clip(0.5, 0.0, 1.0)
#case: clip(-3.0, 0.0, 1.0)
#case: clip(7.0, 0.0, 1.0)


def round_int(n):
    return round(n), abs(n), int(n), float(n)


#case: round_int(7)
#case: round_int(-7)
