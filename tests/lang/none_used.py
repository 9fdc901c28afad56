"""A value that may be None used where None raises TypeError: indexed, in arithmetic,
iterated; checked where it is used, as CPython raises there."""
import math


def diameter(a, b):
    cx = (a[0] + b[0]) / 2.0
    cy = (a[1] + b[1]) / 2.0
    return (cx, cy, max(math.hypot(cx - a[0], cy - a[1]), math.hypot(cx - b[0], cy - b[1])))


def circle_or_none(a, b, flag):
    if flag:
        return diameter(a, b)
    return None


# export radius((float, float), (float, float), bool)
def radius(a, b, flag):
    c = (a[0], a[1], 0.0)
    c = circle_or_none(a, b, flag)
    return c[2]

#case: radius((0.0, 0.0), (2.0, 0.0), True)
#case: radius((0.0, 0.0), (2.0, 0.0), False)


def find(xs, v):
    for i, x in enumerate(xs):
        if x == v:
            return i
    return None


# export shifted(int list, int)
def shifted(xs, v):
    return find(xs, v) + 1

#case: shifted([1, 2, 3], 2)
#case: shifted([1, 2, 3], 5)


def maybe_list(n):
    if n > 0:
        return list(range(n))
    return None


# export total(int)
def total(n):
    s = 0
    for v in maybe_list(n):
        s += v
    return s

#case: total(4)
#case: total(0)


# export narrowed(int list, int)
def narrowed(xs, v):
    r = find(xs, v)
    if r is None:
        return -1
    return r * 10

#case: narrowed([4, 5], 5)
#case: narrowed([4, 5], 6)
