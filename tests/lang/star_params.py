"""`def f(a, *rest)`: the extra positional arguments of each call as a tuple (each call site's
arity and types make their own instance); `f(x, *t)` passes the tuple `t` on."""


def total(*xs):
    s = 0
    for x in xs:
        s += x
    return s


def describe(label, *values):
    return label + ': ' + ', '.join([str(v) for v in values]) + ' (' + str(len(values)) + ')'


def first_or(default, *xs):
    if len(xs) == 0:
        return default
    return xs[0]


def forward(*args):
    return total(*args)


# export sums(int, float)
def sums(n, x):
    return total(), total(n), total(n, 2, 3), total(n, x), total(x, n, True), forward(n, n), forward()


# export labels(str, int)
def labels(s, n):
    t = (n, n + 1)
    return describe(s), describe(s, n), describe(s, n, 2.5, True), describe(s, *t), first_or(-1), first_or(-1, n, 7)


def outer(n):
    def inner(k, *more):
        return k * n + len(more)
    return inner(1), inner(2, 'a', 'b')


# export nested(int)
def nested(n):
    return outer(n)

#case: sums(3, 0.5)
#case: sums(-7, float('nan'))
#case: labels('v', 4)
#case: labels('', -1)
#case: nested(5)
