"""Values and messages as CPython's: int / int correctly rounded, `math.acosh` of huge
arguments, the texts of ZeroDivisionError."""

import math

# export int_div(int, int)
# export acosh(float)
# export zero_messages(int, float)
# export iadd_alias(int list, int list)
# export neg_min(int)


def int_div(a, b):
    return a / b


#case: int_div(2**53 + 1, 3)
#case: int_div(2**63 - 1, 3)
#case: int_div(-(2**63), 7)
#case: int_div(10**18 + 7, 10**9 + 9)
#case: int_div(3, 2**63 - 1)
#case: int_div(7, 2)
#case: int_div(1, 0)


def acosh(x):
    return math.acosh(x)


#case: acosh(1e308)
#case: acosh(1.0)
#case: acosh(0.5)
#case: acosh(math.inf)


def zero_messages(n, x):
    out = []
    try:
        out.append(str(n % 0))
    except ZeroDivisionError as e:
        out.append(str(e))
    try:
        out.append(str(n // 0))
    except ZeroDivisionError as e:
        out.append(str(e))
    try:
        out.append(str(n / 0))
    except ZeroDivisionError as e:
        out.append(str(e))
    try:
        out.append(str(x % 0.0))
    except ZeroDivisionError as e:
        out.append(str(e))
    try:
        out.append(str(x // 0.0))
    except ZeroDivisionError as e:
        out.append(str(e))
    try:
        out.append(str(x / 0.0))
    except ZeroDivisionError as e:
        out.append(str(e))
    return out


#case: zero_messages(5, 2.5)


def iadd_alias(l, m):
    k = l
    k += m
    k += k
    return l


#case: iadd_alias([1, 2], [3])
#case: iadd_alias([], [])


def neg_min(n):
    # found by tests/fuzz: the negation of the folded literal -2**63 wrapped silently
    return -(-9223372036854775808) + n


#deviates: neg_min(0) -> OverflowError
