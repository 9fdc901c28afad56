"""`range` objects kept in a variable: len, indexing (negative, out of range), `in`/`not in`,
count/index, start/stop/step, loops and comprehensions over it (many times), and
`len(range(...))`; a zero step raises ValueError where the range is made."""


# export use(int, int, int)
def use(a, b, s):
    r = range(a, b, s)
    n = len(r)
    t = 0
    for i in r:
        t += i
    again = [i * i for i in r]
    return (n, t, again, list(r), sum(r), 3 in r, 4 not in r, r.count(a)), (r.start, r.stop, r.step, len(range(b)), len(range(a, b)))

#case: use(0, 10, 3)
#case: use(10, 0, -3)
#case: use(5, 5, 1)
#case: use(-7, 8, 2)
#case: use(3, 20, 7)
#case: use(0, 10, 0)
#case: use(-5, -100, -7)


# export item(int, int, int, int)
def item(a, b, s, i):
    r = range(a, b, s)
    return r[i]

#case: item(0, 10, 3, 0)
#case: item(0, 10, 3, 3)
#case: item(0, 10, 3, 4)
#case: item(0, 10, 3, -1)
#case: item(0, 10, 3, -4)
#case: item(0, 10, 3, -5)
#case: item(10, -10, -4, -2)
#case: item(5, 5, 1, 0)


# export where(int, int, int, int)
def where(a, b, s, x):
    r = range(a, b, s)
    return r.index(x)

#case: where(0, 10, 3, 9)
#case: where(0, 10, 3, 10)
#case: where(10, 0, -2, 4)
#case: where(10, 0, -2, 5)


# export float_in(int, float)
def float_in(n, x):
    r = range(0, n, 2)
    return x in r, r.count(x), len(r)

#case: float_in(10, 4.0)
#case: float_in(10, 4.5)
#case: float_in(10, nan)
#case: float_in(10, -0.0)
#case: float_in(10, inf)


# export rebound(int)
def rebound(n):
    out = []
    r = range(n)
    for k in range(3):
        out.append(len(r))
        r = range(k, n * 2, k + 1)
    out.append(r[len(r) - 1] if len(r) > 0 else -1)
    return out, list(zip(r, range(5)))

#case: rebound(4)
#case: rebound(0)


# export lengths(int, int, int)
def lengths(a, b, s):
    return len(range(a, b, s)), len(range(a)), len(range(-a))

#case: lengths(1, 100, 7)
#case: lengths(100, 1, -7)
#case: lengths(3, 3, 0)
