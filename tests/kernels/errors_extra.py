"""Exceptions CPython raises that go beyond the four kinds the issue lists.

CPython is still the oracle here; kept in their own file so a failure reads as
"an error path not implemented yet" rather than as wrong arithmetic.
"""
import math

# export float_pow_overflow(float, int)
# export neg_pow_zero(int)
# export round_special(float)
# export int_special(float)
# export floor_special(float)
# export trig_inf(float)
# export pow_domain(float, float)
# export log_base_one(float)


def float_pow_overflow(x, n):
    return x ** n


#case: float_pow_overflow(10.0, 308)
#case: float_pow_overflow(10.0, 309)
#case: float_pow_overflow(0.0, -1)


def neg_pow_zero(n):
    return n ** -1


#case: neg_pow_zero(4)
#case: neg_pow_zero(0)


def round_special(x):
    return round(x)


#case: round_special(2.5)
#case: round_special(inf)
#case: round_special(nan)


def int_special(x):
    return int(x)


#case: int_special(-2.7)
#case: int_special(-inf)
#case: int_special(nan)


def floor_special(x):
    return math.floor(x)


#case: floor_special(-0.5)
#case: floor_special(inf)
#case: floor_special(nan)


def trig_inf(x):
    return math.sin(x)


#case: trig_inf(0.5)
#case: trig_inf(inf)


def pow_domain(x, y):
    return math.pow(x, y)


#case: pow_domain(-8.0, 1.0 / 3.0)
#case: pow_domain(0.0, -1.0)
#case: pow_domain(2.0, 10000.0)


def log_base_one(x):
    return math.log(x, 1.0)


#case: log_base_one(10.0)
