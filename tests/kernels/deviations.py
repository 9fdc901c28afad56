"""The documented deviations from CPython, pinned down with #deviates (CPython not run)."""

# export accumulate(float[])
# export int_then_float(int)
# export factorial(int)
# export square(int)


def accumulate(a):
    # `s` is assigned an int and later a float: it keeps the type of its value
    # (once a deviation: an empty array gave 0.0 where CPython gives 0).
    s = 0
    for i in range(len(a)):
        s += a[i]
    return s


#case: accumulate(np.array([0.5, 0.25]))
#case: accumulate(np.zeros(0))


def int_then_float(n):
    x = n
    if n > 100:
        x = n / 2
    return x


#case: int_then_float(1000)
#case: int_then_float(3)


def factorial(n):
    r = 1
    for k in range(2, n + 1):
        r *= k
    return r


#case: factorial(0)
#case: factorial(20)
#deviates: factorial(21) -> OverflowError
#deviates: factorial(100) -> OverflowError


def square(n):
    return n * n


#case: square(-3037000499)
#deviates: square(2**32) -> OverflowError
