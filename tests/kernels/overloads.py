"""Functions exported with several signatures; each case runs the one that matches."""

# export absdiff(int, int)
# export absdiff(float, float)
#pythran export total(float[])
#pythran export total(int[])
# export twice(int)
# export twice(float)
# export twice(complex)


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
