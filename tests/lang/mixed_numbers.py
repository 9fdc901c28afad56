"""One value, a bool, an int or a float depending on the run: a loop-carried `s = 0` that a
loop adds floats to (`0` when the loop does not run), `[n, 2.5]`, `a if c else 1.5`, a
function returning an int on one path and a float on another. Each value keeps the type
CPython gives it, in results, `str`, `repr`, f-strings and arithmetic."""
import math
import numpy as np


# export loop_sum(float list)
def loop_sum(xs):
    s = 0
    for x in xs:
        s += x * 0.5
    return s, str(s), f"{s}", repr(s)

#case: loop_sum([])
#case: loop_sum([1.0, 2.0])
#case: loop_sum([1e300, 1e300])


# export mixed_list(int, float)
def mixed_list(n, x):
    l = [n, x, n > 0]
    return l, [v * 2 for v in l], sum(l), l[0] + 1


#case: mixed_list(2, 3.5)
#case: mixed_list(-1, -0.0)


# export choose(int, float)
def choose(n, x):
    c = n if n > 2 else x
    d = 1 if x > 0 else 1.5
    return c, d, c + d, c * 2, c / 2, c // 2, c % 3, -c, +c, abs(c), c ** 2, 2 ** n if n < 0 else n


#case: choose(3, 0.5)
#case: choose(1, -7.25)
#case: choose(-2, 2.0)


def half_or_int(n):
    if n % 2 == 0:
        return n // 2
    return n / 2


# export results(int)
def results(n):
    r = half_or_int(n)
    total = r + half_or_int(n + 1)
    return r, total, r == 2, r < 2.5, r >= total, bool(r), int(r), float(r), round(r), math.sqrt(abs(r))


#case: results(4)
#case: results(5)
#case: results(0)


# export power(int, int)
def power(a, b):
    # int ** negative int is a float in Python
    return a ** b, 10 ** -b


#case: power(2, 3)
#case: power(2, -2)
#case: power(-3, -3)
#case: power(0, -1)


# export counts(float list, int)
def counts(xs, k):
    best = 0
    worst = -1
    for x in xs:
        if x > best:
            best = x
        if x < worst:
            worst = x
    while k > 0:
        best = best * 2
        k -= 1
    return best, worst, best > worst, f"{best:>8.3f}|{worst!r}"


#case: counts([], 0)
#case: counts([0.5, 3.0, -2.0], 2)
#case: counts([-0.5], 1)


# export flag(int)
def flag(n):
    f = False
    for i in range(n):
        f = f + i
    return f, f or 7


#case: flag(0)
#case: flag(3)


# export raises(int, float)
def raises(n, x):
    v = n if n > 0 else x
    return 1 / v, v // 0 if n > 5 else v


#case: raises(2, 1.0)
#case: raises(0, 0.0)
#case: raises(7, 1.0)
#case: raises(-1, -0.5)


def twice(v):
    return v * 2


# export containers(int, float, float[], int[])
def containers(n, x, a, b):
    # a value of either type in lists, arrays, calls, sorting and min/max
    v = n if n > 1 else x
    l = [n, x]
    l.append(v)
    l.sort()
    a[0] = v
    b[0] = v
    return ((v, l, sorted(l, reverse=True), v in l, max(l), min(l), a, b, twice(v)),
            ([w + 1 for w in l], (v, n), str(v) + repr(v) + f"{v:5}", complex(v), math.floor(v)),
            (int(v) + round(v), list(reversed(l)), sum(l, 0.5), min(n, x), max(x, n, 2)))


#case: containers(3, 0.5, np.zeros(2), np.zeros(2, dtype=np.int64))
#case: containers(0, -1.5, np.zeros(2), np.zeros(2, dtype=np.int64))
#case: containers(2, 2.0, np.zeros(2), np.zeros(2, dtype=np.int64))


# export as_index(int, float, int list)
def as_index(n, x, xs):
    # where an int is needed, a float raises TypeError (as CPython)
    k = n if n >= 0 else x
    return xs[k], list(range(k))


#case: as_index(1, 0.5, [7, 8, 9])
#case: as_index(-1, 0.5, [7, 8, 9])
