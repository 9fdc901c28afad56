"""Functions exported with several signatures; each case runs the one that matches."""

# export absdiff(int, int)
# export absdiff(float, float)
#pythran export total(float[])
#pythran export total(int[])
# export twice(int)
# export twice(float)
# export twice(complex)
# export many(int, int, int, int, int, int, int, int, int, float)
# export many(float, float, float, float, float, float, float, float, float, float)


def absdiff(a, b):
    if a > b:
        return a - b
    return b - a


#case: absdiff(3, 10)
#case: absdiff(10, 3)
#case: absdiff(2.5, -1.0)
#case: absdiff(-inf, 0.0)
#case: absdiff(1, 2.5)
#typeerror: absdiff("a", "b")


def total(a):
    s = a[0] - a[0]
    for i in range(len(a)):
        s += a[i]
    return s


#case: total(np.arange(5.0))
#case: total(np.arange(5, dtype=np.int64))
#case: total(np.zeros(0))
#typeerror: total(np.arange(5, dtype=np.int16))


def twice(x):
    return x + x


#case: twice(21)
#case: twice(0.25)
#case: twice(1 - 1j)


def many(a, b, c, d, e, f, g, h, i, j):
    # more parameters than the call wrapper keeps inline
    return a - b + c - d + e - f + g - h + i * j


#case: many(1, 2, 3, 4, 5, 6, 7, 8, 9, 0.5)
#case: many(1.5, 2, 3, 4, 5, 6, 7, 8, 9, 10)
