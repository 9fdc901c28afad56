"""Arrays passed to compiled helpers: pyrs passes an array variable borrowed (no reference
count), so what a helper returns, keeps or writes must still behave as in Python — a returned
parameter kept after the caller rebinds its variable, results dropped at once, nested calls,
views of parameters, writes through a parameter, recursion."""

import numpy as np

# export keep_after_rebind(float[])
# export nested_return(float[])
# export in_list(float[], int)
# export recursive_fill(float[], int, int)


def same(a):
    return a


def bump(a, k):
    a[0] += k
    return a


def keep_after_rebind(x):
    y = same(x)
    x = np.zeros(3)
    bump(y, 1.0)
    z = same(same(y))
    t = same(y[1:])
    y = np.ones(2)
    return z, t, x, y


#case: keep_after_rebind(np.arange(4.0))
#case: keep_after_rebind(np.array([5.0]))


def nested_return(x):
    # the argument itself comes back (the same object in Python)
    return same(same(x))


#case: nested_return(np.arange(3.0))


def in_list(x, n):
    out = []
    for i in range(n):
        out.append(same(x))
    x = x * 2.0
    out.append(same(x))
    return out


#case: in_list(np.arange(3.0), 2)
#case: in_list(np.zeros(0), 0)


def recursive_fill(a, lo, hi):
    if hi - lo <= 1:
        if lo < hi:
            a[lo] = lo * 10.0
        return a
    mid = (lo + hi) // 2
    recursive_fill(a, lo, mid)
    b = recursive_fill(a, mid, hi)
    return b


#case: recursive_fill(np.zeros(7), 0, 7)
#case: recursive_fill(np.zeros(3), 0, 5)
