"""numpy.random's legacy functions in compiled code: the same draws from the same global
RandomState as CPython, bit for bit (tests/test_random.py also compares the state after the
call). Each function seeds first, so the pure and compiled runs of a case draw the same."""

import numpy as np
from numpy import random
import numpy.random as npr

gamma = random.gamma
normal = np.random.normal


# export continuous(int)
def continuous(s):
    np.random.seed(s)
    out = []
    out.append(np.random.random())
    out.append(np.random.random_sample())
    out.append(np.random.rand())
    out.append(np.random.randn())
    out.append(np.random.standard_normal())
    out.append(np.random.uniform())
    out.append(np.random.uniform(2.0, -3.0))
    out.append(np.random.normal())
    out.append(np.random.normal(1.5, 0.25))
    out.append(np.random.standard_gamma(0.5))
    out.append(np.random.standard_gamma(1.0))
    out.append(np.random.standard_gamma(7.5))
    out.append(np.random.gamma(2.0, 3.0))
    out.append(np.random.gamma(0.0))
    out.append(np.random.beta(0.5, 0.7))
    out.append(np.random.beta(2.0, 5.0))
    out.append(np.random.exponential())
    out.append(np.random.exponential(4.0))
    out.append(np.random.standard_exponential())
    out.append(np.random.lognormal(0.5, 0.2))
    out.append(np.random.chisquare(3.0))
    out.append(np.random.laplace(1.0, 2.0))
    out.append(np.random.standard_cauchy())
    out.append(np.random.logistic(0.0, 2.0))
    out.append(np.random.gumbel(1.0, 0.5))
    out.append(np.random.rayleigh(2.0))
    return out
#case: continuous(0)
#case: continuous(12345)
#case: continuous(4294967295)


# export discrete(int)
def discrete(s):
    np.random.seed(s)
    out = []
    out.append(np.random.randint(10))
    out.append(np.random.randint(-5, 5))
    out.append(np.random.randint(0, 2**40))
    out.append(np.random.randint(-(2**62), 2**62))
    out.append(np.random.poisson())
    out.append(np.random.poisson(3.5))
    out.append(np.random.poisson(250.0))
    out.append(np.random.poisson(0.0))
    out.append(np.random.binomial(10, 0.5))
    out.append(np.random.binomial(1000, 0.2))
    out.append(np.random.binomial(1000, 0.9))
    out.append(np.random.binomial(20, 0.99))
    out.append(np.random.binomial(0, 0.5))
    out.append(np.random.geometric(0.5))
    out.append(np.random.geometric(0.01))
    out.append(np.random.choice(7))
    return out
#case: discrete(0)
#case: discrete(99)


# export many(int, int)
def many(s, n):
    np.random.seed(s)
    total = 0.0
    count = 0
    for i in range(n):
        total += np.random.normal(0.0, 1.0) + np.random.gamma(1.5, 2.0) + np.random.beta(3.0, 0.5)
        count += np.random.binomial(60, 0.7) + np.random.poisson(12.0)
    return total, count
#case: many(1, 2000)
#case: many(2, 1)


# export sized(int, int)
def sized(s, n):
    np.random.seed(s)
    a = np.random.rand(n, 2)
    b = np.random.randn(n)
    c = np.random.random((2, n))
    d = np.random.normal(1.0, 2.0, size=n)
    e = np.random.uniform(0.0, 10.0, (n, 1, 2))
    f = np.random.randint(0, 100, size=n)
    g = np.random.poisson(5.0, n)
    h = np.random.binomial(10, 0.3, size=(2, n))
    k = np.random.standard_normal(n)
    m = np.random.gamma(2.0, 1.0, size=0)
    return a, b, c, d, e, f, g, h, k, m
#case: sized(3, 5)
#case: sized(4, 0)


# export sizes_bad(int)
def sizes_bad(n):
    return np.random.normal(0.0, 1.0, size=n)
#case: sizes_bad(-1)


# export imports(int)
def imports(s):
    npr.seed(s)
    a = random.normal(0.0, 1.0)
    b = npr.exponential(2.0)
    c = gamma(3, 0.5)
    d = normal(1.0, 1.0)
    return a, b, c, d
#case: imports(5)


# export gibbs(int, int, int)
def gibbs(s, N, thin):
    np.random.seed(s)
    mat = np.zeros((N, 2))
    x, y = mat[0]
    for i in range(N):
        for j in range(thin):
            x = gamma(3, y**2 + 4)
            y = normal(1.0 / (x + 1), 1.0 / np.sqrt(2 * (x + 1)))
        mat[i] = x, y
    return mat
#case: gibbs(0, 50, 10)


# export shuffles(int, float[], int[:,:])
def shuffles(s, a, b):
    np.random.seed(s)
    np.random.shuffle(a)
    np.random.shuffle(b)
    p = np.random.permutation(10)
    q = np.random.permutation(a)
    r = np.random.permutation(b)
    return p, q, r
#case: shuffles(0, np.arange(20.0), np.arange(12).reshape(4, 3))
#case: shuffles(1, np.zeros(0), np.arange(3).reshape(1, 3))


# export choices(int, float[], int)
def choices(s, a, n):
    np.random.seed(s)
    x = np.random.choice(a)
    y = np.random.choice(a, n)
    z = np.random.choice(a, (2, n), False)
    w = np.random.choice(50, n, replace=False)
    v = np.random.choice(5, size=(n, 2))
    return x, y, z, w, v
#case: choices(0, np.linspace(0.0, 1.0, 30), 4)
#case: choices(1, np.linspace(0.0, 1.0, 30), 15)
#case: choices(1, np.linspace(0.0, 1.0, 3), 4)
#case: choices(1, np.zeros(0), 4)


# export bad_params(int)
def bad_params(k):
    np.random.seed(0)
    if k == 0:
        return np.random.normal(0.0, -1.0)
    if k == 1:
        return np.random.normal(0.0, -0.0)
    if k == 2:
        return np.random.gamma(-1.0)
    if k == 3:
        return np.random.beta(0.0, 1.0)
    if k == 4:
        return np.random.uniform(0.0, np.inf)
    if k == 5:
        return np.random.chisquare(0.0)
    if k == 6:
        return np.random.exponential(-2.0, size=0)[0]
    return np.random.normal(0.0, np.nan)
#case: bad_params(0)
#case: bad_params(1)
#case: bad_params(2)
#case: bad_params(3)
#case: bad_params(4)
#case: bad_params(5)
#case: bad_params(6)
#case: bad_params(7)


# export bad_ints(int)
def bad_ints(k):
    np.random.seed(0)
    if k == 0:
        return np.random.poisson(-1.0)
    if k == 1:
        return np.random.poisson(1e20)
    if k == 2:
        return np.random.binomial(-1, 0.5)
    if k == 3:
        return np.random.binomial(3, 1.5)
    if k == 4:
        return np.random.randint(5, 5)
    if k == 5:
        return np.random.randint(0)
    if k == 6:
        return np.random.geometric(0.0)
    if k == 7:
        return np.random.choice(0)
    if k == 8:
        return np.random.choice(3, 5, False)[0]
    return np.random.geometric(np.nan)
#case: bad_ints(0)
#case: bad_ints(1)
#case: bad_ints(2)
#case: bad_ints(3)
#case: bad_ints(4)
#case: bad_ints(5)
#case: bad_ints(6)
#case: bad_ints(7)
#case: bad_ints(8)
#case: bad_ints(9)


# export bad_seed(int)
def bad_seed(s):
    np.random.seed(s)
    return np.random.random()
#case: bad_seed(-1)
#case: bad_seed(2**32)


# export unseeded(int)
def unseeded(n):
    # draws from wherever the global RandomState is (tests/test_random.py seeds it)
    s = 0.0
    for i in range(n):
        s += np.random.normal() + np.random.gamma(0.7) + np.random.uniform(-1.0, 1.0)
    k = np.random.randint(0, 1000, size=3)
    return s, k, np.random.standard_normal(3), np.random.poisson(30.0)


# export fails_midway(int)
def fails_midway(n):
    # a draw, half a pair of normals cached, then a ValueError: the state must be as CPython leaves it
    x = np.random.standard_normal()
    for i in range(n):
        x += np.random.random()
    return x + np.random.binomial(5, 2.0)
