"""Array (and list) parameters of the legacy numpy.random functions: every continuous
distribution (normal, uniform, gamma, standard_gamma, beta, exponential, lognormal, chisquare,
laplace, logistic, gumbel, rayleigh), poisson, geometric and binomial, broadcast together and
to `size=`, numpy's checks of whole parameter arrays (their texts) before any draw, and its
broadcast errors. Each function seeds first, so the pure and compiled runs draw the same;
`tests/test_random.py` compares the draws bit for bit and the global state after the call."""

import numpy as np

# export two(int, float[:], float[:,:])
def two(s, mu, sd):
    np.random.seed(s)
    a = np.abs(sd) + 0.5
    return (
        np.random.normal(mu, 2.0),
        np.random.normal(1.0, sd),
        np.random.normal(mu, a),
        np.random.uniform(mu, a),
        np.random.uniform(-1.0, mu),
        np.random.gamma(a, mu * mu),
        np.random.gamma(a),
        np.random.beta(a, mu * mu + 0.25),
        np.random.beta(0.3, a * 0.5),
        np.random.lognormal(mu, a),
        np.random.laplace(mu, a),
        np.random.logistic(mu, a),
    ), (np.random.gumbel(mu, a), np.random.normal(loc=mu), np.random.standard_normal())

#case: two(0, np.array([0.0, 1.5, -2.0]), np.array([[1.0, 2.0, 3.0], [0.5, -0.25, 1.0]]))
#case: two(7, np.array([0.25]), np.array([[1.0], [2.0], [0.1]]))
#case: two(9, np.zeros(0), np.ones((2, 0)))

# export one(int, float[:])
def one(s, x):
    np.random.seed(s)
    p = 1.0 / (1.0 + np.abs(x))
    return (
        np.random.exponential(np.abs(x)),
        np.random.rayleigh(np.abs(x)),
        np.random.standard_gamma(np.abs(x) + 0.1),
        np.random.chisquare(np.abs(x) + 1.0),
        np.random.poisson(np.abs(x) * 3.0),
        np.random.poisson(np.abs(x) * 40.0),
        np.random.geometric(p),
        np.random.geometric(p * 0.2),
    )

#case: one(0, np.array([0.0, 1.0, -2.5, 10.0]))
#case: one(3, np.array([0.5]))

# export binom(int, int[:], float[:])
def binom(s, n, p):
    np.random.seed(s)
    return (
        np.random.binomial(n, 0.3),
        np.random.binomial(20, p),
        np.random.binomial(n, p),
        np.random.binomial(n, p, size=(2, len(n))),
        np.random.binomial(n=n * 100, p=p),
    )

#case: binom(0, np.array([0, 1, 5, 1000]), np.array([0.0, 0.5, 0.9, 1.0]))
#case: binom(5, np.array([7]), np.array([0.25, 0.75]))

# export binom32(int, int32[:])
def binom32(s, n):
    np.random.seed(s)
    return np.random.binomial(n, 0.5)

#case: binom32(1, np.array([3, 30, 300], dtype=np.int32))

# export sized(int, float[:], int)
def sized(s, mu, k):
    np.random.seed(s)
    return (
        np.random.normal(mu, 1.0, size=(k, len(mu))),
        np.random.exponential(mu * mu, size=(2, k, len(mu))),
        np.random.poisson(mu * mu, (k, len(mu))),
        np.random.normal(mu, 1.0, size=len(mu)),
    )

#case: sized(0, np.array([1.0, 2.0, 3.0]), 2)
#case: sized(1, np.array([1.0, 2.0, 3.0]), 0)

# export lists(int, float)
def lists(s, x):
    np.random.seed(s)
    return (
        np.random.normal([0.0, 1.0, x], 2.0),
        np.random.binomial([1, 2, 3], x / 10.0),
        np.random.uniform(0.0, [1.0, x]),
    )

#case: lists(0, 3.5)

# export ints(int, int[:])
def ints(s, n):
    np.random.seed(s)
    return np.random.exponential(n), np.random.normal(n, n), np.random.poisson(n)

#case: ints(2, np.array([1, 2, 3]))

# export bad(int, float[:], int)
def bad(s, x, which):
    np.random.seed(s)
    a = np.random.normal(x, 1.0)
    if which == 0:
        return float(np.random.normal(x, x).sum())
    if which == 1:
        return float(np.random.beta(x, 1.0).sum())
    if which == 2:
        return float(np.random.chisquare(x).sum())
    if which == 3:
        return float(np.random.poisson(x).sum())
    if which == 4:
        return float(np.random.geometric(x).sum())
    if which == 5:
        return float(np.random.gamma(x, x).sum())
    if which == 6:
        return float(np.random.uniform(x, np.inf).sum())
    if which == 7:
        return float(np.random.binomial(5, x).sum())
    if which == 8:
        return float(np.random.lognormal(0.0, x).sum())
    if which == 9:
        return float(np.random.rayleigh(x).sum())
    return float(a.sum())

#case: bad(0, np.array([1.0, -1.0]), 0)
#case: bad(0, np.array([1.0, -0.0]), 0)
#case: bad(0, np.array([1.0, nan]), 0)
#case: bad(0, np.array([1.0, 0.0]), 1)
#case: bad(0, np.array([1.0, 0.0]), 2)
#case: bad(0, np.array([1.0, nan]), 3)
#case: bad(0, np.array([1.0, -1.0]), 3)
#case: bad(0, np.array([1.0, 1e300]), 3)
#case: bad(0, np.array([1.0, 0.0]), 4)
#case: bad(0, np.array([1.0, nan]), 4)
#case: bad(0, np.array([-1.0, 1.0]), 5)
#case: bad(0, np.array([1.0, 1.0]), 6)
#case: bad(0, np.array([1.0, 1.5]), 7)
#case: bad(0, np.array([1.0, nan]), 7)
#case: bad(0, np.array([1.0, -2.0]), 8)
#case: bad(0, np.array([1.0, -2.0]), 9)
#case: bad(0, np.array([1.0, 2.0]), 10)

# export bad_n(int, int[:])
def bad_n(s, n):
    np.random.seed(s)
    return np.random.binomial(n, np.array([0.5, 2.0]))

#case: bad_n(0, np.array([1, -1]))
#case: bad_n(0, np.array([1, 2]))

# export shapes(int, float[:], float[:,:], int)
def shapes(s, a, b, k):
    np.random.seed(s)
    if k == 0:
        return float(np.random.normal(a, b).sum())
    if k == 1:
        return float(np.random.normal(a, 1.0, size=(k + 3,)).sum())
    if k == 2:
        return float(np.random.normal(b, 1.0, size=(k, 2, 2)).sum())
    if k == 3:
        return float(np.random.uniform(a, b).sum())
    if k == 4:
        return float(np.random.uniform(a, 2.0, size=5).sum())
    if k == 5:
        return float(np.random.binomial(3, b, size=(1, 1)).sum())
    return float(np.random.normal(a, 1.0, size=(-1, 2)).sum())

#case: shapes(0, np.zeros(3), np.ones((4, 2)), 0)
#case: shapes(0, np.zeros(3), np.ones((4, 2)), 1)
#case: shapes(0, np.zeros(3), np.ones((4, 2)), 2)
#case: shapes(0, np.zeros(3), np.ones((4, 2)), 3)
#case: shapes(0, np.zeros(3), np.ones((4, 2)), 4)
#case: shapes(0, np.zeros(3), np.ones((4, 2)), 5)
#case: shapes(0, np.zeros(2), np.ones((4, 2)), 6)
#case: shapes(0, np.zeros(2), np.ones((4, 2)), 2)

# export choices(int, float[:], int)
def choices(s, p, k):
    np.random.seed(s)
    a = np.arange(len(p)) * 1.5
    return (
        np.random.choice(len(p), p=p),
        np.random.choice(len(p), k, p=p),
        np.random.choice(a, (k, 2), p=p),
        np.random.choice(len(p), k, replace=False, p=p),
        np.random.choice(a, (1, k), False, p),
        np.random.choice(len(p), replace=False, p=p),
        np.random.choice(a, p=list(p)),
    )

#case: choices(0, np.array([0.1, 0.2, 0.3, 0.4]), 3)
#case: choices(1, np.array([0.5, 0.0, 0.25, 0.25, 0.0]), 2)
#case: choices(2, np.array([0.0, 1.0, 0.0]), 1)
#case: choices(3, np.array([0.25, 0.25, 0.25, 0.25]), 0)
#case: choices(4, np.array([0.25, 0.25, 0.25, 0.25]), 4)
#case: choices(4, np.array([0.5, 0.0, 0.5, 0.0]), 3)
#case: choices(4, np.array([0.25, 0.25, 0.25, 0.25]), 5)
#case: choices(5, np.array([0.5, 0.6]), 1)
#case: choices(5, np.array([0.5, nan]), 1)
#case: choices(5, np.array([1.5, -0.5]), 1)
#case: choices(5, np.array([0.1, 0.2, 0.3, 0.4]), -1)

# export choices32(int, float32[:], int)
def choices32(s, p, k):
    np.random.seed(s)
    return np.random.choice(len(p), k, p=p), np.random.choice(3, p=[0.2, 0.3, 0.5])

#case: choices32(0, np.array([0.1, 0.2, 0.3, 0.4], dtype=np.float32), 6)
#case: choices32(0, np.array([0.1, 0.2, 0.3, 0.4001], dtype=np.float32), 6)
#case: choices32(0, np.array([0.1, 0.2, 0.3, 0.41], dtype=np.float32), 6)

# export choice_size(int, float[:])
def choice_size(s, p):
    np.random.seed(s)
    return np.random.choice(4, 3, p=p)

#case: choice_size(0, np.array([0.5, 0.5]))
#case: choice_size(0, np.array([0.25, 0.25, 0.25, 0.25]))
