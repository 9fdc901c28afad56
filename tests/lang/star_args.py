"""`f(a, *t)`: a tuple spread into the positional arguments of a call (seed 002's
`func(u, *args)`), through parameters, variables, functions of the file and closures."""
import numpy as np

dx = 0.1
dy = 0.1
dx2 = dx * dx
dy2 = dy * dy


def py_update(u):
    nx, ny = u.shape
    for i in range(1, nx - 1):
        for j in range(1, ny - 1):
            u[i, j] = ((u[i + 1, j] + u[i - 1, j]) * dy2 +
                       (u[i, j + 1] + u[i, j - 1]) * dx2) / (2 * (dx2 + dy2))


def weighted_update(u, w, steps):
    for s in range(steps):
        u[1:-1, 1:-1] = (1 - w) * u[1:-1, 1:-1] + w * 0.25 * (u[2:, 1:-1] + u[:-2, 1:-1] + u[1:-1, 2:] + u[1:-1, :-2])


# the seed's spelling, verbatim
def calc(N, Niter=100, func=py_update, args=()):
    u = np.zeros([N, N])
    u[0] = 1
    for i in range(Niter):
        func(u, *args)
    return u


# export seed_calc(int)
# export seed_calc(int, int)
def seed_calc(n, niter=100):
    return calc(n, niter)


# export weighted(int, int, float)
def weighted(n, niter, w):
    return calc(n, niter, weighted_update, (w, 2))


def add3(a, b, c):
    return a * 100 + b * 10 + c


def trace(log, x):
    log.append(x)
    return x


# export spread(int, int, int)
def spread(a, b, c):
    t = (a, b, c)
    u = (b, c)
    f = add3
    # the whole tuple, a tail, through a variable, twice in one call, and empty
    return add3(*t), add3(a, *u), f(*t), add3(*(a,), *u), add3(*t, *())


# export spread_order(int)
def spread_order(n):
    # arguments are evaluated left to right, a spread one among them
    log = []
    r = add3(trace(log, n), *(trace(log, n + 1), trace(log, n + 2)))
    return r, log


# export spread_closure(float, float)
def spread_closure(x, y):
    scale = 2.0

    def g(a, b):
        return scale * a + b

    pair = (x, y)
    return g(*pair), (lambda p, q: p - q)(*pair)


# export spread_mixed(int, float)
def spread_mixed(n, x):
    # items of several types, a string among them
    def show(k, v, label):
        return label + ":" + str(k) + "=" + str(v)

    rest = (x, "v")
    return show(n, *rest)


# export spread_raise(int)
def spread_raise(d):
    def div(a, b):
        return a // b

    return div(*(10, d))

#case: seed_calc(10)
#case: seed_calc(6, 3)
#case: seed_calc(2, 5)
#case: weighted(8, 4, 0.5)
#case: spread(1, 2, 3)
#case: spread(-4, 0, 9)
#case: spread_order(5)
#case: spread_closure(1.5, -2.0)
#case: spread_mixed(3, 0.25)
#case: spread_raise(3)
#case: spread_raise(0)
