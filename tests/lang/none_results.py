"""A function that returns a value on some paths and None on others (falling off the end,
a bare `return`, `return None`): the caller gets None there, in Python and compiled code."""

# export find(int list, int)
def find(xs, x):
    for i in range(len(xs)):
        if xs[i] == x:
            return i

#case: find([4, 5, 6], 5)
#case: find([4, 5, 6], 7)
#case: find([], 1)

# export checked(float)
def checked(x):
    if x < 0:
        return
    return x ** 0.5

#case: checked(4.0)
#case: checked(-1.0)

# export pair(int)
def pair(n):
    if n % 2 == 0:
        return None
    return n, n * 2.5

#case: pair(3)
#case: pair(4)

def first_neg(xs):
    for x in xs:
        if x < 0:
            return x
    return None

# export count_found(int list list)
def count_found(rows):
    found = 0
    missing = 0
    for r in rows:
        v = first_neg(r)
        if v is None:
            missing += 1
        else:
            found += 1
    return found, missing

#case: count_found([[1, -2], [3], [], [-1]])

# export forever(int)
def forever(n):
    i = 0
    while 1:
        i += 1
        if i * i > n:
            return i

#case: forever(10)
#case: forever(0)

# export listed(int)
def listed(n):
    if n > 0:
        return [float(k) for k in range(n)]

#case: listed(3)
#case: listed(0)


def maybe_count(n):
    if n > 1:
        return n - 2
    return None


# export truth_of_optional(int)
def truth_of_optional(n):
    r = maybe_count(n)
    if r:
        return "value"
    return "falsy" if r is not None else "none"

#case: truth_of_optional(5)
#case: truth_of_optional(2)
#case: truth_of_optional(0)
