"""Floats as dict keys and set items: Python's equality (-0.0 and 0.0 are one key, the first
stored kept; every NaN is a new key, as CPython's NaNs that are different objects), results
and arguments converted both ways."""

import numpy as np

# export counts(float list)
# export dedupe(float[])
# export keyed(float list, float list)
# export tuple_keys(float list)
# export lookups(float:int dict, float)
# export float_set_ops(float list, float list)
# export np_keys(float[])


def counts(xs):
    d = {}
    for x in xs:
        d[x] = d.get(x, 0) + 1
    return d


#case: counts([1.5, 2.0, 1.5, -0.0, 0.0, 3.25])
#case: counts([])
#case: counts([float("inf"), -float("inf"), float("inf")])


def dedupe(a):
    s = set()
    out = []
    for x in a.tolist():
        if x not in s:
            s.add(x)
            out.append(x)
    return out, len(s), sorted(s)


#case: dedupe(np.array([3.0, 1.0, 3.0, -0.0, 0.0, 2.5, 1.0]))
#case: dedupe(np.zeros(0))


# export nan_keys(float list)


def nan_keys(xs):
    # every NaN is a new key (CPython: NaNs that are different objects)
    d = {}
    s = set()
    for x in xs:
        d[x] = d.get(x, 0) + 1
        s.add(x)
    return list(d.values()), [k == k for k in d], len(s), 1.0 in s


#case: nan_keys([float("nan"), float("nan"), 1.0])
#case: nan_keys([1.0, float("nan"), 1.0])
#case: nan_keys([])


def keyed(ks, vs):
    d = dict(zip(ks, vs))
    total = 0.0
    for k in sorted(d):
        total += k * d[k]
    return d, total, list(d.keys()), 2.0 in d, d.pop(ks[0]) if ks else -1.0


#case: keyed([0.5, 1.5, 0.5], [1.0, 2.0, 3.0])
#case: keyed([], [])
#case: keyed([-0.0, 0.0], [1.0, 2.0])


def tuple_keys(xs):
    seen = {}
    for i in range(len(xs) - 1):
        seen[(xs[i], xs[i + 1])] = i
    return seen, set(zip(xs, xs))


#case: tuple_keys([1.0, 2.0, 1.0, 2.0, 0.5])
#case: tuple_keys([7.0])


def lookups(d, k):
    d[k * 2] = 99
    return d[k], k in d, d.get(-k, -1), d


#case: lookups({1.5: 1, 2.0: 2}, 1.5)
#case: lookups({0.0: 1}, -0.0)
#case: lookups({1.0: 1}, 4.0)


def float_set_ops(a, b):
    x, y = set(a), set(b)
    return sorted(x | y), sorted(x & y), sorted(x - y), sorted(x ^ y), x.issubset(y), x == y, {v * 2 for v in a}


#case: float_set_ops([1.0, 2.0, 3.0], [2.0, 3.0, 4.0])
#case: float_set_ops([], [0.5])
#case: float_set_ops([0.0], [-0.0])
#case: float_set_ops([0.0, 1.0], [-0.0])
#case: float_set_ops([-0.0], [0.0, 2.0])


def np_keys(a):
    d = {}
    for x in a:
        d[x] = d.get(x, 0) + 1
    return d, set(a)


#case: np_keys(np.array([1.0, 1.0, 2.5]))
#case: np_keys(np.array([], dtype=np.float64))
