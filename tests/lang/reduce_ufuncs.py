"""functools.reduce with numpy's functions as the function value (their running value a
numpy scalar, as in CPython), next to builtins and lambdas."""

import numpy as np
from functools import reduce

# export largest(float[])
# export totals(int[], int)
# export list_extremes(float list)


def largest(a):
    return reduce(np.maximum, a)


#case: largest(np.array([1.0, 3.0, np.nan, 2.0]))
#case: largest(np.array([1.0, -3.0]))
#case: largest(np.array([-0.0]))
#case: largest(np.zeros(0))


def totals(a, k):
    return reduce(np.add, a, k), reduce(lambda x, y: x * 2 + y, a, 0.5), reduce(np.multiply, a)


#case: totals(np.arange(1, 6), 7)
#case: totals(np.array([4]), -1)
#case: totals(np.zeros(0, dtype=np.int64), 3)


def list_extremes(l):
    return reduce(np.minimum, l), reduce(max, l)


#case: list_extremes([1.5, -2.0, 4.0])
#case: list_extremes([2.0])
#case: list_extremes([])


# export mixed(int list)
# export mixed_strs(str list)


def halve(x, y):
    return x / y


def mixed(l):
    # an int for one item (the item itself), a float after a division
    return reduce(halve, l), reduce(lambda acc, y: acc + [y], l, []), reduce(halve, l, 1)


#case: mixed([8, 2, 2])
#case: mixed([8])
#case: mixed([3, 0])
#case: mixed([])


def mixed_strs(l):
    return reduce(lambda a, b: a + "," + b, l), reduce(lambda n, s: n + len(s), l, 0)


#case: mixed_strs(["a", "bc", ""])
#case: mixed_strs(["x"])
#case: mixed_strs([])
