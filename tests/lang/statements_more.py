"""Chained assignment whose first target is not a plain name, and imports inside a function."""

# export chained(int list, int)
def chained(a, x):
    a[0] = a[-1] = x
    return a

#case: chained([1, 2, 3], 9)
#case: chained([5], 7)
#case: chained([], 1)

# export chained_mixed(int)
def chained_mixed(n):
    d = {}
    d[0] = k = d[1] = n * 2
    return d, k

#case: chained_mixed(4)

# export local_import(float)
def local_import(x):
    import math
    from math import sqrt as root
    return math.floor(x) + root(x)

#case: local_import(2.25)

# export import_in_branch(float)
def import_in_branch(x):
    if x > 0:
        import numpy as np
        return float(np.sqrt(x))
    return 0.0

#case: import_in_branch(4.0)
#case: import_in_branch(-4.0)


def redefined(x):
    return x + 1


def redefined(x):  # noqa: F811 - the last definition wins, as in CPython
    return x * 10


# export uses_redefined(int)
def uses_redefined(x):
    return redefined(x)

#case: uses_redefined(4)
