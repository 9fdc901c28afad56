"""The sign of a NaN made by an invalid operation (`inf - inf`, `0.0 * inf`, `inf / inf`) is the
CPU's, as in CPython (set, on x86), also where every operand is a constant that LLVM could
fold (it folds to a NaN with the sign clear); `math.nan` stays positive, `-math.nan` negative."""

import math
import numpy as np

# export const_nan(float)
# export local_nan(float)
# export arg_nan(float, float)
# export huge_nan(float)


def const_nan(x):
    return (math.copysign(1.0, math.inf - math.inf), math.copysign(1.0, 0.0 * math.inf),
            math.copysign(1.0, -(math.inf - math.inf)), math.copysign(1.0, math.inf / -math.inf),
            math.copysign(1.0, float("inf") - float("inf")), math.copysign(1.0, np.inf * 0.0),
            math.copysign(1.0, math.nan), math.copysign(1.0, -math.nan), math.copysign(2.0, x - x))


#case: const_nan(1.0)
#case: const_nan(inf)
#case: const_nan(-nan)


def local_nan(x):
    y = math.inf
    z = y - y
    w = 1e308 * 10.0
    return (math.copysign(2.0, z), math.copysign(1.0, 0.0 * y), math.copysign(1.0, -(y - y)),
            math.copysign(1.0, w - w), math.copysign(1.0, 1e300 * 1e300 - 1e308 * 1e308), math.copysign(1.0, x + z))


#case: local_nan(1.0)
#case: local_nan(-inf)


def arg_nan(x, y):
    return math.copysign(1.0, x + y), math.copysign(1.0, x * y), math.copysign(1.0, -(x * y)), math.copysign(1.0, x - y)


#case: arg_nan(inf, -inf)
#case: arg_nan(inf, 0.0)
#case: arg_nan(nan, 1.0)
#case: arg_nan(-nan, 1.0)
#case: arg_nan(inf, inf)


def huge_nan(x):
    t = 0.0
    for k in range(3):
        t = t + 1e200 * 1e200
    return math.copysign(1.0, t - t * x), math.copysign(1.0, (1e308 + 1e308) * 0.0)


#case: huge_nan(1.0)
#case: huge_nan(0.0)
