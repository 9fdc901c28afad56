"""Tuples: packing, unpacking, swap, constant indexing, several return values."""
import numpy as np

# export nfibonacci(int)
def nfibonacci(n):
    a, b = 0, 1
    out = []
    for i in range(n):
        out.append(a)
        a, b = b, a + b
    return out

#case: nfibonacci(10)
#case: nfibonacci(0)
#case: nfibonacci(90)

# export minmax(float list)
def minmax(xs):
    lo, hi = xs[0], xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi

#case: minmax([3.0, -1.0, 7.5])
#case: minmax([])

# export nested_unpack()
def nested_unpack():
    t = (1, (2.5, "x"))
    a, (b, c) = t
    return a, b, c, t[1][0], t[-1]

#case: nested_unpack()

# export rotate(int, int, int)
def rotate(a, b, c):
    a, b, c = b, c, a
    return (a, b, c)

#case: rotate(1, 2, 3)
