"""Arrays are shared with the caller: strided views, aliasing arguments, read-only arrays.
The calls that need views or aliasing are in tests/test_views.py (the case harness copies
arguments, which makes views contiguous)."""

# export total_strided(float[::])
# export total(float[])
# export add_reversed(float[], float[])
# export fill_every(float[::], float)
# export set_first(float[], float)


def total_strided(a):
    s = 0.0
    for i in range(len(a)):
        s += a[i]
    return s


#case: total_strided(np.array([1.0, 2.0, 3.0]))


def total(a):
    s = 0.0
    for x in a:
        s += x
    return s


#case: total(np.array([1.0, 2.0, 3.0]))


def add_reversed(dst, src):
    n = len(src)
    for i in range(n):
        dst[i] = dst[i] + src[n - 1 - i]
    return dst


#case: add_reversed(np.array([1.0, 2.0, 3.0, 4.0]), np.array([10.0, 20.0, 30.0, 40.0]))


def fill_every(a, v):
    for i in range(len(a)):
        a[i] = v + i


#case: fill_every(np.zeros(4), 1.5)


def set_first(a, v):
    a[0] = v
    return a


#case: set_first(np.zeros(2), 3.0)
