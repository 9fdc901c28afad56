"""`out=None` arguments: a None default replaced inside the function (`if out is None:`)."""
import numpy as np

# export add(float[], float[], float[]?)
def add(a, b, out=None):
    if out is None:
        out = np.empty_like(a)
    for i in range(len(a)):
        out[i] = a[i] + b[i]
    return out

#case: add(np.arange(3.0), np.ones(3))
#case: add(np.arange(3.0), np.ones(3), np.zeros(3))

def first_or(xs, default=None):
    if default is None:
        default = 0
    if len(xs) > 0:
        return xs[0]
    return default

# export firsts(int list)
def firsts(xs):
    return first_or(xs), first_or(xs, -1)

#case: firsts([5, 6])
#case: firsts([])

# export maybe(int, int?)
def maybe(n, k=None):
    if k is not None:
        return n * k
    return n

#case: maybe(3)
#case: maybe(3, 4)
