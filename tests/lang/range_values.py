"""`range` objects passed to functions of the file and returned (a range value: start, stop,
step): `len`, iteration (as often as asked), `list`/`sum`/`sorted` of it, a range returned to
Python is a `range`; the corpus's euler32 (`len(items)` of a range given to a helper)."""


def count_items(r):
    return len(r)


def total_twice(r):
    t = 0
    for x in r:
        t += x
    for x in r:
        t += x
    return t, list(r), sum(r), sorted(r, reverse=True)


# export helpers(int, int, int)
def helpers(a, b, c):
    r = range(a, b, c)
    return count_items(range(b)), count_items(r), total_twice(r), total_twice(range(a, b))

#case: helpers(0, 5, 1)
#case: helpers(5, 0, -2)
#case: helpers(3, 3, 1)
#case: helpers(-4, 9, 3)
#case: helpers(0, 5, 0)


# export make(int, int)
def make(n, s):
    return range(0, n, s)

#case: make(5, 1)
#case: make(10, -3)
#case: make(7, 2)
#case: make(1, 0)


def perms(items):
    return combos(items, len(items))


def combos(items, n):
    if n == 0:
        return [[]]
    out = []
    for i, item in enumerate(items):
        for rest in combos(list(items)[:i] + list(items)[i + 1:], n - 1):
            out.append([item] + rest)
    return out


# export pandigital(int)
def pandigital(n):
    return len(perms(range(1, n + 1))), perms(range(n))[:3]

#case: pandigital(3)
#case: pandigital(0)
#case: pandigital(4)


def probe(r, i, x):
    return r[i], x in r, x not in r, r[-1]


# export index_in(int, int, int, int, int)
def index_in(a, b, c, i, x):
    return probe(range(a, b, c), i, x)

#case: index_in(0, 10, 3, 1, 6)
#case: index_in(0, 10, 3, -2, 7)
#case: index_in(10, 0, -3, 0, 4)
#case: index_in(10, 0, -3, 3, 1)
#case: index_in(0, 5, 1, 5, 0)
#case: index_in(0, 5, 1, -6, 0)
#case: index_in(3, 3, 1, 0, 3)


def evens(r):
    for x in r:
        if x % 2 == 0:
            yield x


def first_or(r, d):
    if len(r) == 0:
        return d
    return r[0]


# export passed_on(int)
def passed_on(n):
    r = range(n, -1, -1)
    return list(evens(r)), list(evens(range(n))), first_or(r, -1), first_or(range(0), -1), not range(n)

#case: passed_on(5)
#case: passed_on(0)


def describe(r):
    if r:
        return r.start, r.stop, r.step, len(r)
    return r.start, r.stop, r.step, -1


# export attrs(int, int, int)
def attrs(a, b, c):
    return describe(range(a, b, c)), describe(range(b))

#case: attrs(1, 10, 2)
#case: attrs(5, 5, 1)
#case: attrs(9, 0, -4)
#case: attrs(0, -3, 1)


def same(r, s):
    return r == s, r != s, list(reversed(r))


# export equal(int, int, int, int, int, int)
def equal(a, b, c, d, e, f):
    return same(range(a, b, c), range(d, e, f))

#case: equal(0, 0, 1, 5, 2, 3)
#case: equal(0, 1, 1, 0, 2, 5)
#case: equal(0, 3, 1, 0, 3, 2)
#case: equal(0, 4, 2, 0, 3, 2)
#case: equal(1, 2, 1, 0, 2, 1)
