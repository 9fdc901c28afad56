"""Functions as values: passed as arguments (also as defaults), held in variables and tuples,
returned by factories, called through any of these."""
import numpy as np

dx2 = 0.01
dy2 = 0.01


def py_update(u):
    nx, ny = u.shape
    for i in range(1, nx - 1):
        for j in range(1, ny - 1):
            u[i, j] = ((u[i + 1, j] + u[i - 1, j]) * dy2 + (u[i, j + 1] + u[i, j - 1]) * dx2) / (2 * (dx2 + dy2))


def num_update(u):
    u[1:-1, 1:-1] = ((u[2:, 1:-1] + u[:-2, 1:-1]) * dy2 + (u[1:-1, 2:] + u[1:-1, :-2]) * dx2) / (2 * (dx2 + dy2))


def calc(N, Niter=100, func=py_update):
    u = np.zeros((N, N))
    u[0] = 1
    for i in range(Niter):
        func(u)
    return u


# export laplace(int, int)
def laplace(n, iters):
    return calc(n, iters), calc(n, iters, num_update), calc(n, Niter=iters, func=num_update)

#case: laplace(6, 10)
#case: laplace(2, 3)


def find_first(seq, pred):
    for i, x in enumerate(seq):
        if pred(x):
            return i
    return None


# export first_above(float list, float)
def first_above(xs, t):
    return find_first(xs, lambda u: t < u)

#case: first_above([1.0, 2.0, 3.0], 1.5)
#case: first_above([1.0, 2.0, 3.0], 5.0)
#case: first_above([], 0.0)


def quad(epsilon):
    def f(x):
        return 0.33 * (x[0] ** 2 + epsilon * x[1] ** 2)

    def f_prime(x):
        return [0.66 * x[0], 0.66 * epsilon * x[1]]

    return f, f_prime


def descend(x0, f, f_prime, steps, rate):
    x = list(x0)
    values = []
    for k in range(steps):
        g = f_prime(x)
        x = [x[0] - rate * g[0], x[1] - rate * g[1]]
        values.append(f(x))
    return x, values


# export gradient(float, int)
def gradient(eps, steps):
    f, f_prime = quad(eps)
    return descend([1.6, 1.1], f, f_prime, steps, 0.5)

#case: gradient(0.8, 5)
#case: gradient(2.0, 0)


def twice(f, x):
    return f(f(x))


def inc(x):
    return x + 1


# export compose(int, float)
def compose(n, y):
    g = inc
    h = g
    scale = lambda v: v * y
    return twice(inc, n), twice(g, y), h(n), twice(scale, y), (inc, scale)[1](2.0)

#case: compose(3, 1.5)
#case: compose(-1, -2.0)


# export sorted_by(float list, bool)
def sorted_by(xs, by_abs):
    key = abs
    if by_abs:
        return sorted(xs, key=key)
    neg = lambda v: -v
    return sorted(xs, key=neg)

#case: sorted_by([3.0, -5.0, 1.0, -2.0], True)
#case: sorted_by([3.0, -5.0, 1.0, -2.0], False)


def raiser(x):
    return 1 // x


# export call_raising(int)
def call_raising(x):
    f = raiser
    return f(x) + twice(inc, x)

#case: call_raising(1)
#case: call_raising(0)


# export mapped(float list, int list)
def mapped(xs, ns):
    import functools
    from functools import reduce
    sq = list(map(lambda v: v * v, xs))
    both = list(map(lambda a, b: a * b, xs, ns))
    pos = list(filter(lambda v: v > 0, xs))
    nz = list(filter(None, ns))
    total = functools.reduce(lambda a, b: a + b, xs, 0.0)
    prod = reduce(lambda a, b: a * b, ns)
    big = reduce(max, ns, -1)
    strs = list(map(str, ns))
    roots = [r for r in map(abs, xs)]
    return sq, both, pos, nz, total, prod, big, strs, roots, sum(map(float, ns))

#case: mapped([1.5, -2.0, 3.0], [2, 0, 5])
#case: mapped([], [7])
#case: mapped([1.0], [])


# export sqrt_all(float list)
def sqrt_all(xs):
    import math
    return list(map(math.sqrt, xs))

#case: sqrt_all([4.0, 2.0])
#case: sqrt_all([4.0, -1.0])


def extrema_op(a, b):
    a_min_idx, a_min_val, a_max_idx, a_max_val = a
    b_min_idx, b_min_val, b_max_idx, b_max_val = b
    if a_min_val < b_min_val:
        if a_max_val > b_max_val:
            return a
        else:
            return a_min_idx, a_min_val, b_max_idx, b_max_val
    else:
        if a_max_val > b_max_val:
            return b_min_idx, b_min_val, a_max_idx, a_max_val
        else:
            return b


# export run_extrema(float list)
def run_extrema(x):
    from functools import reduce
    r = range(len(x))
    return reduce(extrema_op, zip(r, x, r, x), (-1, 1.0, 1, 0.0))

#case: run_extrema([1.2, 3.4, 5.6, 0.5, 9.0, 2.1])
#case: run_extrema([])


# export pick(int, float)
def pick(k, x):
    ops = (abs, round)
    return ops[0](x), ops[1](x) if k > 0 else 0

#case: pick(1, -2.5)
#case: pick(0, 3.7)
