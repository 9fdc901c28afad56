"""numpy.random.Generator in compiled code: `np.random.default_rng(seed)` made by compiled
code or a Generator passed in, drawn from with numpy's algorithms on its own bit generator, the
same values bit for bit as CPython (tests/test_random.py also compares the generator's state
after the call)."""

import numpy as np
from numpy.random import default_rng


# export scalars(int)
def scalars(seed):
    rng = np.random.default_rng(seed)
    out = []
    out.append(rng.random())
    out.append(rng.standard_normal())
    out.append(rng.normal())
    out.append(rng.normal(1.5, 0.25))
    out.append(rng.uniform())
    out.append(rng.uniform(-2.0, 3.0))
    out.append(rng.uniform(2.0, 2.0))
    out.append(rng.gamma(0.5))
    out.append(rng.gamma(1.0, 2.0))
    out.append(rng.gamma(7.5, 2.0))
    out.append(rng.gamma(0.0))
    out.append(rng.standard_gamma(3.0))
    out.append(rng.exponential())
    out.append(rng.exponential(3.0))
    out.append(rng.standard_exponential())
    return out
#case: scalars(0)
#case: scalars(1)
#case: scalars(12345)
#case: scalars(2**63 - 1)


# export discrete(int)
def discrete(seed):
    rng = default_rng(seed)
    a = rng.integers(10)
    b = rng.integers(-5, 5)
    c = rng.integers(0, 2**40)
    d = rng.integers(3, 3, endpoint=True)
    e = rng.integers(0, 2**32)
    f = rng.integers(-9223372036854775807 - 1, 9223372036854775807, endpoint=True)
    g = rng.integers(0, 9223372036854775807)
    p = [rng.poisson(), rng.poisson(3.0), rng.poisson(40.0), rng.poisson(0.0)]
    q = [rng.binomial(10, 0.3), rng.binomial(1000, 0.6), rng.binomial(1000, 0.2), rng.binomial(0, 0.5)]
    q.append(rng.binomial(7, 0.0))
    q.append(rng.binomial(7, 1.0))
    i = rng.choice(7)
    j = rng.choice(7, replace=False)
    k = rng.choice(np.arange(5.0))
    return a, b, c, d, e, f, g, p, q, i, j, k
#case: discrete(0)
#case: discrete(3)
#case: discrete(99)


# export sized(int, int)
def sized(seed, n):
    rng = np.random.default_rng(seed)
    x = rng.random(n)
    y = rng.normal(0.0, 2.0, size=(n, 3))
    z = rng.integers(0, 100, size=n)
    w = rng.integers(5, size=(2, n), endpoint=True)
    s = rng.standard_normal(size=n)
    u = rng.uniform(1.0, 2.0, (n, 2, 2))
    g = rng.gamma(0.7, size=n)
    e = rng.exponential(2.0, n)
    return x, y, z, w, s, u, g, e, rng.poisson(2.5, size=n), rng.binomial(20, 0.5, n), rng.random()
#case: sized(0, 0)
#case: sized(1, 1)
#case: sized(2, 7)
#case: sized(3, 1000)


# export tails(int, int)
def tails(seed, n):
    # enough normals and exponentials that the ziggurat's base layer and wedges are taken
    rng = np.random.default_rng(seed)
    s = rng.standard_normal(n)
    e = rng.standard_exponential(n)
    return np.max(np.abs(s)), np.sum(s), np.max(e), np.sum(e), s[-1], e[-1]
#case: tails(0, 100000)
#case: tails(7, 200000)


# export sampling(int, int, int)
def sampling(seed, pop, k):
    rng = np.random.default_rng(seed)
    a = rng.choice(pop, k)
    b = rng.choice(pop, k, replace=False)
    c = rng.choice(np.arange(pop) * 1.5, (k, 1), replace=False)
    p = rng.permutation(pop)
    x = np.arange(pop)
    rng.shuffle(x)
    m = np.arange(3 * k).reshape(k, 3)
    rng.shuffle(m)
    q = rng.permutation(m)
    return a, b, c, p, x, m, q
#case: sampling(0, 10, 3)
#case: sampling(1, 10, 10)
#case: sampling(2, 20000, 500)
#case: sampling(3, 20000, 100)
#case: sampling(4, 1, 0)
#case: sampling(5, 0, 0)


# export bad(int, int)
def bad(seed, which):
    rng = np.random.default_rng(seed)
    x = rng.random()
    if which == 0:
        return x + rng.normal(0.0, -1.0)
    if which == 1:
        return x + rng.integers(5, 3)
    if which == 2:
        return x + rng.integers(0)
    if which == 3:
        return x + rng.integers(5, 4, endpoint=True)
    if which == 4:
        return x + rng.uniform(0.0, np.inf)
    if which == 5:
        return x + rng.uniform(1.0, 0.0)
    if which == 6:
        return x + rng.poisson(-1.0)
    if which == 7:
        return x + rng.binomial(-1, 0.5)
    if which == 8:
        return x + rng.binomial(5, 1.5)
    if which == 9:
        return x + rng.choice(0)
    if which == 10:
        return x + np.sum(rng.choice(3, 5, replace=False))
    if which == 11:
        return x + np.sum(rng.random(-1))
    if which == 12:
        return x + np.sum(rng.normal(0.0, -1.0, size=0))
    if which == 13:
        return x + np.sum(rng.integers(5, 3, size=0))
    return x + rng.gamma(-1.0)
#case: bad(0, 0)
#case: bad(0, 1)
#case: bad(0, 2)
#case: bad(0, 3)
#case: bad(0, 4)
#case: bad(0, 5)
#case: bad(0, 6)
#case: bad(0, 7)
#case: bad(0, 8)
#case: bad(0, 9)
#case: bad(0, 10)
#case: bad(0, 11)
#case: bad(0, 12)
#case: bad(0, 13)
#case: bad(0, 14)


# export monte_carlo_pi(int)
def monte_carlo_pi(n):
    rng = np.random.default_rng(42)
    x = rng.random(n)
    y = rng.random(n)
    return 4.0 * np.sum(x * x + y * y < 1.0) / n
#case: monte_carlo_pi(100000)


# export random_walk(Generator, int)
def random_walk(rng, n):
    pos = 0
    for _ in range(n):
        if rng.integers(2) == 1:
            pos += 1
        else:
            pos -= 1
    return pos
#case: random_walk(np.random.default_rng(5), 1000)


# export draw_from(numpy.random.Generator, int)
def draw_from(rng, n):
    a = rng.normal(0, 1, size=(n, 2))
    b = rng.integers(0, 10, size=n)
    return a, b, rng.random()
#case: draw_from(np.random.default_rng(8), 4)


# export two(Generator, Generator)
def two(r1, r2):
    return r1.random() + r2.random()
#case: two(np.random.default_rng(1), np.random.default_rng(2))


# export passthrough(Generator)
def passthrough(rng):
    rng.random()
    return rng.standard_normal()
#case: passthrough(np.random.default_rng(3))


# export weighted(Generator, int, float[], int, bool)
# export weighted(Generator, float[], float list, int, bool)
# export weighted(Generator, int, float32[], int, bool)
def weighted(rng, a, p, k, replace):
    x = rng.choice(a, k, replace, p)
    y = rng.choice(a, p=p)
    return x, y
#case: weighted(np.random.default_rng(0), 5, np.array([0.1, 0.0, 0.3, 0.6, 0.0]), 7, True)
#case: weighted(np.random.default_rng(1), 5, np.array([0.1, 0.0, 0.3, 0.6, 0.0]), 2, False)
#case: weighted(np.random.default_rng(2), 5, np.array([0.1, 0.0, 0.3, 0.6, 0.0]), 3, False)
#case: weighted(np.random.default_rng(3), 5, np.array([0.1, 0.0, 0.3, 0.6, 0.0]), 6, False)
#case: weighted(np.random.default_rng(4), np.arange(4.0) * 2.5, [0.25, 0.25, 0.25, 0.25], 4, False)
#case: weighted(np.random.default_rng(5), np.arange(4.0), [0.25, 0.25, 0.25, 0.25], 0, True)
#case: weighted(np.random.default_rng(6), 3, np.array([0.5, 0.5]), 1, True)
#case: weighted(np.random.default_rng(7), 3, np.array([0.5, 0.6, -0.1]), 1, True)
#case: weighted(np.random.default_rng(8), 3, np.array([0.5, 0.6, 0.1]), 1, True)
#case: weighted(np.random.default_rng(9), 3, np.array([0.5, np.nan, 0.5]), 1, True)
#case: weighted(np.random.default_rng(10), 3, np.array([0.5, 0.5 + 1e-9, 0.0]), 1, True)
#case: weighted(np.random.default_rng(11), 3, np.array([0.5, 0.5, 0.0], dtype=np.float32), 2, False)
#case: weighted(np.random.default_rng(12), 3, np.array([0.5, 0.5001, 0.0], dtype=np.float32), 2, True)
#case: weighted(np.random.default_rng(13), 0, np.zeros(0), 0, True)


# export no_shuffle(int, int, int)
def no_shuffle(seed, pop, k):
    rng = np.random.default_rng(seed)
    return rng.choice(pop, k, replace=False, shuffle=False), rng.random()
#case: no_shuffle(0, 10, 4)
#case: no_shuffle(1, 20000, 600)
#case: no_shuffle(2, 20000, 1500)


# export params(Generator, float[], float)
# export params(Generator, float[:, :], float[])
# export params(Generator, float, float[:, :])
def params(rng, mu, sigma):
    a = rng.normal(mu, sigma)
    b = rng.uniform(mu, mu + 1.0)
    c = rng.gamma(np.abs(mu) + 0.5, sigma)
    d = rng.exponential(np.abs(mu))
    e = rng.poisson(np.abs(mu) * 3.0)
    f = rng.standard_gamma(np.abs(mu))
    return a, b, c, d, e, f
#case: params(np.random.default_rng(0), np.linspace(-1, 1, 7), 2.0)
#case: params(np.random.default_rng(1), np.zeros(0), 2.0)
#case: params(np.random.default_rng(2), np.linspace(-1, 1, 6).reshape(2, 3), np.array([0.5, 1.0, 2.0]))
#case: params(np.random.default_rng(3), np.linspace(-1, 1, 6).reshape(2, 3), np.array([0.5, 1.0]))
#case: params(np.random.default_rng(4), 0.5, np.full((2, 2), 3.0))
#case: params(np.random.default_rng(5), np.linspace(-1, 1, 7), -2.0)
#case: params(np.random.default_rng(6), np.linspace(-1, 1, 6).reshape(2, 3), np.array([0.5, -1.0, 2.0]))


# export params_sized(Generator, float[], int)
def params_sized(rng, mu, n):
    a = rng.normal(mu, 1.0, size=(n, mu.shape[0]))
    b = rng.normal([0.0, 10.0, 20.0], 1.0)
    c = rng.exponential(mu, size=mu.shape[0])
    return a, b, c
#case: params_sized(np.random.default_rng(0), np.array([1.0, 2.0, 3.0]), 4)
#case: params_sized(np.random.default_rng(1), np.array([1.0, 2.0, 3.0]), 0)
#case: params_sized(np.random.default_rng(2), np.array([1.0, -2.0, 3.0]), 2)


# export filled(Generator, float[:, :], int)
# export filled(Generator, float[::, ::], int)
def filled(rng, out, which):
    if which == 0:
        r = rng.random(out=out)
    elif which == 1:
        r = rng.standard_normal(out=out)
    elif which == 2:
        r = rng.standard_exponential(out=out)
    else:
        r = rng.random((out.shape[0], out.shape[1] + which - 3), out=out)
    r[0, 0] = -1.0
    return r.sum(), out[0, 0]
#case: filled(np.random.default_rng(0), np.zeros((3, 4)), 0)
#case: filled(np.random.default_rng(1), np.zeros((3, 4)), 1)
#case: filled(np.random.default_rng(2), np.zeros((3, 4)), 2)
#case: filled(np.random.default_rng(3), np.zeros((3, 4)), 3)
#case: filled(np.random.default_rng(4), np.zeros((3, 4)), 4)
#case: filled(np.random.default_rng(5), np.zeros((4, 3)).T, 1)
#case: filled(np.random.default_rng(6), np.zeros((4, 6))[:, ::2], 0)
#case: filled(np.random.default_rng(7), np.zeros((0, 3)), 2)
