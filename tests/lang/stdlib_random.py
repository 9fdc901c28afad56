"""The standard library's `random` in compiled code draws from CPython's own generator: a
seeded function gives the `.py`'s numbers, bit for bit (Pythran's count_perm_sig pattern)."""
import numpy as np
import random
import random as rd
from random import randint, shuffle


# export draws(int, int)
def draws(s, n):
    random.seed(s)
    xs = [random.random() for _ in range(n)]
    ys = [rd.uniform(-1.0, 2.0) for _ in range(n)]
    ks = [randint(1, 6) for _ in range(n)]
    rs = [random.randrange(10), random.randrange(5, 50, 5), random.randrange(3, 9)]
    g = [random.gauss(0.0, 1.0) for _ in range(n)] + [random.normalvariate(1.0, 2.0), random.expovariate(1.5)]
    b = random.getrandbits(40)
    return xs, ys, ks, rs, g, b

#case: draws(1, 3)
#case: draws(12345, 5)
#case: draws(0, 0)


def signature(perm):
    i = perm.index(0)
    sig_1 = perm[i:] + perm[:i]
    sig_2 = sig_1[0:1] + sig_1[1:][::-1]
    if sig_1[1] < sig_2[1]:
        return sig_1
    return sig_2


# export count_perm(int, int, int)
def count_perm(n, s, k):
    rd.seed(s)
    seen = []
    count = 0
    permutation = [i for i in range(k)]
    for i in range(n):
        shuffle(permutation)
        sig = signature(permutation)
        if sig not in seen:
            seen.append(sig)
            count += 1
    return seen, count, rd.choice(permutation)

#case: count_perm(100, 3, 3)
#case: count_perm(50, 7, 5)


# export errors(int)
def errors(k):
    random.seed(k)
    if k == 0:
        return random.choice([])
    if k == 1:
        return random.randint(5, 1)
    return random.randrange(0)

#case: errors(0)
#case: errors(1)
#case: errors(2)


# export samples(int, int[], int)
def samples(s, xs, k):
    random.seed(s)
    pool = [x * 1.5 for x in xs]
    first = random.sample(pool, k)
    # a big population takes CPython's other algorithm (a set of picked positions)
    big = random.sample(list(range(1000)), k)
    return first, big, random.random()

#case: samples(1, np.arange(10), 3)
#case: samples(7, np.arange(30), 30)
#case: samples(7, np.arange(5), 0)
#case: samples(2, np.arange(4), 5)
#case: samples(2, np.arange(4), -1)
