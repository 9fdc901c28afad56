"""Comparisons (incl. chained), and/or/not returning operands, bool arithmetic."""

# export cmp_int(int, int)
# export cmp_float(float, float)
# export chained(int, int, int)
# export in_range(int, int)
# export cmp_mixed(int, float)
# export or_int(int, int)
# export and_int(int, int)
# export or_float(float, float)
# export logic(bool, bool)
# export bool_arith(bool, bool)
# export clamp_and(float, float, float)
# export sign(float)


def cmp_int(a, b):
    return a < b, a <= b, a > b, a >= b, a == b, a != b


#case: cmp_int(1, 2)
#case: cmp_int(2, 2)
#case: cmp_int(-2**63, 2**63 - 1)


def cmp_float(a, b):
    return a < b, a <= b, a > b, a >= b, a == b, a != b


#case: cmp_float(1.5, 2.5)
#case: cmp_float(-0.0, 0.0)
#case: cmp_float(nan, nan)
#case: cmp_float(nan, 1.0)
#case: cmp_float(-inf, inf)


def chained(a, b, c):
    return a < b < c, a <= b <= c, a < b > c, a == b == c, a < b != c


#case: chained(1, 2, 3)
#case: chained(3, 2, 1)
#case: chained(2, 2, 2)
#case: chained(1, 3, 2)


def in_range(i, n):
    if 0 <= i < n:
        return 1
    elif -n <= i < 0:
        return -1
    return 0


#case: in_range(0, 5)
#case: in_range(4, 5)
#case: in_range(5, 5)
#case: in_range(-5, 5)
#case: in_range(-6, 5)
#case: in_range(0, 0)


def cmp_mixed(n, x):
    return n < x, n == x, x <= n, n != x


#case: cmp_mixed(1, 1.5)
#case: cmp_mixed(2, 2.0)
#case: cmp_mixed(-3, nan)
#case: cmp_mixed(3, inf)
#case: cmp_mixed(2**53 + 1, 9007199254740992.0)


def or_int(x, y):
    return x or y


#case: or_int(0, 5)
#case: or_int(3, 5)
#case: or_int(0, 0)
#case: or_int(-1, 0)


def and_int(x, y):
    return x and y


#case: and_int(0, 5)
#case: and_int(3, 5)
#case: and_int(3, 0)


def or_float(x, y):
    return x or y, x and y, not x


#case: or_float(0.0, 2.5)
#case: or_float(-0.0, 2.5)
#case: or_float(nan, 2.5)
#case: or_float(1.5, 0.0)


def logic(a, b):
    return a and b, a or b, not a, a and not b or b and not a, a == b


#case: logic(True, True)
#case: logic(True, False)
#case: logic(False, True)
#case: logic(False, False)
#typeerror: logic(1.5, True)


def bool_arith(a, b):
    return a + b, a - b, a * 3, -a, a + b + 1.5


#case: bool_arith(True, True)
#case: bool_arith(True, False)
#case: bool_arith(False, False)


def clamp_and(x, lo, hi):
    # A short-circuit guard: x / lo is evaluated only when lo != 0.
    if lo != 0 and x / lo > hi:
        return hi
    return x


#case: clamp_and(10.0, 2.0, 3.0)
#case: clamp_and(10.0, 0.0, 3.0)
#case: clamp_and(1.0, 2.0, 3.0)


def sign(x):
    if x > 0:
        return 1
    elif x < 0:
        return -1
    elif x == 0:
        return 0
    return 2


#case: sign(2.5)
#case: sign(-1e-300)
#case: sign(-0.0)
#case: sign(nan)
