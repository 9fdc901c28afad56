"""A variable holding one of several functions, which one known only when the code runs
(Pythran's pselect: `a = sel0` on one branch, `a = sel1` on the other, then `a(l)`); tuples and
lists of different functions iterated; iteration over a tuple of values of different types."""


def sel0(n):
    n.append(1)


def sel1(n):
    n.append(2.)


# export pselect(int)
def pselect(n):
    l = list()
    for k in (n, not n):
        if k:
            a = sel0
        else:
            a = sel1
        a(l)
    return l

#case: pselect(0)
#case: pselect(1)


def sq(x):
    return x * x


def neg(x):
    return -x


def half(x):
    return x / 2


def pick(k):
    if k > 0:
        return sq
    return neg


def twice(f, x):
    return f(f(x))


# export apply(float, int)
def apply(x, k):
    f = sq if k > 0 else neg
    g = half
    if k > 1:
        g = f
    out = []
    for h in (sq, neg, half, f, g):
        out.append(h(x))
    fs = [sq, half]
    fs.append(f)
    total = 0.0
    for h in fs:
        total += h(x)
    return out, f(x) + g(2.0), total, twice(g, x), pick(k)(x), twice(pick(-k), x)

#case: apply(3.0, 0)
#case: apply(3.0, 1)
#case: apply(-1.5, 2)
#case: apply(float('nan'), 5)


# an int function and a float function: the result is an int or a float, as in CPython
def ident(n):
    return n


def tenth(n):
    return n / 10


# export mixed(int)
def mixed(n):
    f = ident if n % 2 else tenth
    r = f(n)
    h = (lambda v: v * 2) if n > 3 else (lambda v: v - 1.5)
    return r, f(n + 1), [g(n) for g in (ident, tenth)], h(n)


# export kinds(int, float)
def kinds(n, x):
    out = []
    for v in (n, x, n > 0, 7):
        out.append(v * 2)
    return out, [str(v) for v in (n, x, True)]

#case: mixed(3)
#case: mixed(4)
#case: kinds(3, 0.5)
#case: kinds(-2, float('inf'))
