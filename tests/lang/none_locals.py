"""Variables that hold None on some paths and a value on others (`best = None`, then
`best = v` in a loop): the value or None, as in CPython. Tests `is None`/`is not None`,
`==`, truthiness, printing and returning them work on both; where a value is needed (an
operand, an argument of math/abs/max/min, an index), None raises TypeError as CPython does."""

import math


# export smallest(int list)
def smallest(xs):
    best = None
    for v in xs:
        if best is None:
            best = v
        elif v < best:
            best = v
    return best

#case: smallest([])
#case: smallest([3, 1, 2])
#case: smallest([-5])


# export smallest_or(int list)
def smallest_or(xs):
    best = None
    for v in xs:
        if best is None or v < best:
            best = v
    return best

#case: smallest_or([])
#case: smallest_or([4, 9, -2, 7])


# export skip_guard(int list)
def skip_guard(xs):
    best = None
    for v in xs:
        if best is not None and v >= best:
            continue
        best = v
    if best is None:
        return -1
    return best * 2

#case: skip_guard([])
#case: skip_guard([5, 3, 8])


# export sqrt_of_min_positive(float list)
def sqrt_of_min_positive(xs):
    best = None
    for x in xs:
        if x > 0 and (best is None or x < best):
            best = x
    if best:
        return math.sqrt(best)
    return -1.0

#case: sqrt_of_min_positive([])
#case: sqrt_of_min_positive([-1.0, 4.0, 9.0])


# export differences(int list)
def differences(xs):
    prev = None
    out = []
    for x in xs:
        if prev is not None:
            out.append(x - prev)
        prev = x
    print("last:", prev, repr(prev))
    return out, prev

#case: differences([])
#case: differences([1, 4, 9, 16])


# export argmax_pair(int list)
def argmax_pair(xs):
    best = None
    for i, x in enumerate(xs):
        if best is None or x > best[0]:
            best = (x, i)
    return best

#case: argmax_pair([])
#case: argmax_pair([3, 7, 7, 1])


# export running_max(float list)
def running_max(xs):
    m = None
    for x in xs:
        m = x if m is None else max(m, x)
    return m, str(m), m == 2.0, m != 2.0, m == None, f"{m}"

#case: running_max([])
#case: running_max([1.5, 2.0, -3.0])
#case: running_max([2.5])


# export first_square_over(int, int)
def first_square_over(n, limit):
    found = None
    i = 0
    while found is None and i < n:
        if i * i > limit:
            found = i
        i += 1
    return found

#case: first_square_over(100, 50)
#case: first_square_over(3, 50)


def _plus_one(v):
    if v is None:
        return 0
    return v + 1


# export pass_on(int)
def pass_on(n):
    r = None
    if n > 3:
        r = n
    return _plus_one(r), (abs(r) if r is not None else None)

#case: pass_on(1)
#case: pass_on(-7)
#case: pass_on(10)


# export none_where_value_needed(int)
def none_where_value_needed(n):
    r = None
    if n > 0:
        r = n
    return r + 1

#case: none_where_value_needed(2)
#case: none_where_value_needed(0)


# export none_in_math(int)
def none_in_math(n):
    r = None
    if n > 0:
        r = float(n)
    return math.sqrt(r)

#case: none_in_math(4)
#case: none_in_math(0)


# export none_ordered(int)
def none_ordered(n):
    r = None
    if n > 0:
        r = n
    return 3 < r

#case: none_ordered(5)
#case: none_ordered(-1)


# export none_formatted(int)
def none_formatted(n):
    r = None
    if n > 0:
        r = n / 3
    return f"{r:.2f}"

#case: none_formatted(1)
#case: none_formatted(0)
