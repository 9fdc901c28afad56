"""`isinstance(x, T)`, `type(x) is T`, `type(x) == T` and `type(x).__name__`: decided by the
type where it is known, by the value where it is known only when the code runs (an int or a
float by path, a str or a number, a value or None). bool is an int subclass, numpy.float64 a
float subclass, numpy.int64 not an int."""
import numpy as np


# export static(int, float, str, int list, (int, float), str:int dict, int set, complex, bool)
def static(n, x, s, l, t, d, st, z, b):
    return (
        (isinstance(n, int), isinstance(n, float), isinstance(x, (int, float)), isinstance(s, str),
         isinstance(l, list), isinstance(t, tuple), isinstance(d, dict), isinstance(st, set)),
        (isinstance(z, complex), isinstance(b, int), isinstance(b, bool), isinstance(n, bool),
         isinstance(l, tuple), isinstance(s, (list, tuple))),
        (type(n) is int, type(b) is int, type(b) == bool, type(x) != float, type(s) is not str,
         int == type(n)),
        [type(n).__name__, type(x).__name__, type(s).__name__, type(l).__name__, type(t).__name__,
         type(d).__name__, type(st).__name__, type(z).__name__, type(b).__name__],
    )


#case: static(1, 2.0, "s", [1], (1, 2.0), {"a": 1}, {1}, 1j, True)


# export numpy_scalars(float64[:], int64[:])
def numpy_scalars(a, b):
    x = a[0]
    i = b[0]
    return (
        isinstance(x, float), type(x) is float, type(x).__name__, isinstance(i, int),
        type(i).__name__, isinstance(a, list), type(a).__name__, isinstance(x > 0, bool),
    )


#case: numpy_scalars(np.array([1.5]), np.array([3]))


# export mixed(int, float)
def mixed(n, x):
    v = n if n > 0 else x
    w = n > 2 if n < 5 else n
    return (
        isinstance(v, int), isinstance(v, float), type(v) is int, type(v).__name__,
        isinstance(w, int), isinstance(w, bool), type(w) is int, type(w).__name__,
        isinstance(v, (str, float)),
    )


#case: mixed(3, 0.5)
#case: mixed(-1, 0.5)
#case: mixed(7, 2.0)


# export union(int, str)
def union(n, s):
    x = s if n > 0 else n
    if isinstance(x, str):
        kind = "text"
    elif isinstance(x, int):
        kind = "int"
    else:
        kind = "?"
    return kind, type(x).__name__, type(x) is str, type(x) == int, isinstance(x, (int, str))


#case: union(1, "a")
#case: union(0, "a")


# export optional(int)
def optional(n):
    best = None
    for i in range(n):
        if best is None or i % 3 == 1:
            best = i
    return isinstance(best, int), type(best).__name__, type(best) is int


#case: optional(0)
#case: optional(5)


# export float_sum(float list)
def float_sum(xs):
    s = 0
    for x in xs:
        s += x
    return s, type(s).__name__, isinstance(s, float), type(s) is int


#case: float_sum([])
#case: float_sum([1.5, 2.0])
