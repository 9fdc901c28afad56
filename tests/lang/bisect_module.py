"""The `bisect` module: bisect_left/bisect_right/bisect and insort_left/insort_right/insort on
lists (and bisect_* on 1-D arrays, tuples, strings), with lo, hi and key=; `import bisect` and
`from bisect import ...`, as CPython's `_bisect` runs them (hi=-1 is len(a), lo < 0 raises)."""
import bisect
import bisect as bs
import numpy as np
from bisect import bisect_left, bisect_right, insort, insort_left


# export positions(int list, int)
# export positions(float list, float)
# export positions(float list, int)
def positions(xs, x):
    return (
        bisect_left(xs, x),
        bisect_right(xs, x),
        bisect.bisect(xs, x),
        bs.bisect_left(xs, x, 1),
        bisect.bisect_right(xs, x, 0, len(xs) // 2),
        bisect_left(xs, x, hi=len(xs) - 1),
        bisect_right(xs, x, lo=1, hi=None),
    )

#case: positions([1, 2, 2, 2, 5, 9], 2)
#case: positions([1, 2, 2, 2, 5, 9], 0)
#case: positions([1, 2, 2, 2, 5, 9], 10)
#case: positions([1, 3], -4)
#case: positions([1.0, 2.5, 2.5, 7.0], 2.5)
#case: positions([1.0, 2.5, 2.5, 7.0], nan)
#case: positions([-inf, 0.0, inf], -0.0)
#case: positions([1.0, 2.5, 2.5, 7.0], 2)
#case: positions([1], 3)


# export bad_bounds(int list, int, int, int)
def bad_bounds(xs, x, lo, hi):
    return bisect_left(xs, x, lo, hi)

#case: bad_bounds([1, 2, 3], 2, 0, 3)
#case: bad_bounds([1, 2, 3], 2, -1, 3)
#case: bad_bounds([1, 2, 3], 2, 0, -1)
#case: bad_bounds([1, 2, 3], 2, 0, -2)
#case: bad_bounds([1, 2, 3], 2, 2, 1)
#case: bad_bounds([1, 2, 3], 9, 0, 10)
#case: bad_bounds([1, 2, 3], 0, 0, 10)
#case: bad_bounds([], 0, 5, 7)
#case: bad_bounds([], 0, 5, 3)


# export bad_right(int list, int, int, int)
def bad_right(xs, x, lo, hi):
    return bisect.bisect_right(xs, x, lo=lo, hi=hi)

#case: bad_right([1, 2, 3], 2, -3, 1)
#case: bad_right([1, 2, 3], 5, 1, 7)
#case: bad_right([1, 2, 3], 3, 1, -1)


# export insorted(int list, int list)
def insorted(xs, new):
    out = []
    for v in new:
        insort(out, v)
    for v in new:
        insort_left(xs, v)
    bisect.insort_right(xs, 100, 0, 1)
    return out, xs

#case: insorted([1, 5, 9], [3, 3, 7, -1, 12, 0])
#case: insorted([], [])
#case: insorted([], [4])


# export insort_bad(float list, float, int)
def insort_bad(xs, x, lo):
    bisect.insort(xs, x, lo)
    return len(xs)

#case: insort_bad([1.0, 2.0], 1.5, 0)
#case: insort_bad([1.0, 2.0], 1.5, 5)
#case: insort_bad([1.0, 2.0], 1.5, -1)


def neg(v):
    return -v


# export keyed(int list, int)
def keyed(xs, x):
    # xs sorted by decreasing value: key=neg makes it increasing
    d = sorted(xs, key=neg)
    pairs = sorted([(v, v * v) for v in xs])
    return (
        bisect_left(d, -x, key=neg),
        bisect_right(d, -x, key=neg),
        bisect.bisect(d, -x, 1, key=lambda v: -v),
        bisect_left(pairs, x * x, key=lambda p: p[1]),
        bisect_right(d, -x, key=None),
    )

#case: keyed([3, 1, 4, 1, 5, 9, 2, 6], 4)
#case: keyed([3, 1, 4, 1, 5, 9, 2, 6], 1)
#case: keyed([], 1)


# export insort_keyed(int list, int list)
def insort_keyed(xs, new):
    d = sorted(xs, key=neg)
    for v in new:
        insort(d, v, key=neg)
    names = []
    for v in new:
        bisect.insort_left(names, str(v), key=len)
    return d, names

#case: insort_keyed([3, 1, 4], [2, 8, 1, 10, -3])
#case: insort_keyed([], [7, 100, 7])


# export on_array(float[], float)
# export on_array(int64[], int)
def on_array(a, x):
    return bisect_left(a, x), bisect_right(a, x, 1), bisect.bisect(a[::-1], x), bisect_left(a[1:], x)

#case: on_array(np.array([0.5, 1.0, 1.0, 3.0]), 1.0)
#case: on_array(np.array([0.5, 1.0, 1.0, 3.0]), -2.0)
#case: on_array(np.array([0.5]), 2.0)
#case: on_array(np.array([1, 4, 4, 8]), 4)


# export on_text(str, str, int list)
def on_text(s, c, xs):
    t = tuple(xs)
    return bisect_left(s, c), bisect_right(s, c), bisect_left(t, 3), bisect.bisect_right(list(range(0, 20, 3)), 7)

#case: on_text("abcdd", "d", [1, 3, 3, 5])
#case: on_text("", "a", [])


# export mixed(int list, float)
def mixed(xs, x):
    i = bisect_right(xs, x)
    insort_left(xs, int(x))
    return i, xs

#case: mixed([1, 2, 3], 2.5)
#case: mixed([1, 2, 3], -7.5)
