"""Generators of arrays: slices of an argument (views: stores through them reach it), rows
scaled, `yield from` another array generator; consumed by `for`, `next`, comprehensions, and
returned to Python as an iterator of numpy arrays."""
import numpy as np


def batches(a, n):
    for i in range(0, len(a), n):
        yield a[i:i + n]


def rows(m):
    for r in m:
        yield r * 2.0


def squares(a):
    yield a
    yield a * a
    yield from rows(np.ones((2, 2)))


# export sums(float[:], int)
def sums(a, n):
    out = []
    for b in batches(a, n):
        out.append(b.sum())
    return out


# export collect(float[:,:])
def collect(m):
    total = np.zeros(m.shape[1])
    for r in rows(m):
        total += r
    g = rows(m)
    first = next(g)
    return total, first, [x.max() for x in squares(m[0])]


# export stream(float[:], int)
def stream(a, n):
    return batches(a, n)


# export mutate(float[:], int)
def mutate(a, n):
    for b in batches(a, n):
        b[0] = -1.0
    return a

#case: sums(np.arange(10.0), 3)
#case: sums(np.arange(0.0), 3)
#case: sums(np.arange(5.0), 0)
#case: collect(np.arange(6.0).reshape(3, 2))
#case: mutate(np.arange(7.0), 2)
#case: stream(np.arange(5.0), 2)
