"""Returning tuples, tuple unpacking and swaps."""

# export fib_pair(int)
# export swap(int, float)
# export minmax_scan(float[])
# export rotate3(int, int, int)
# export polar(complex)
# export stats(float[])
# export gcd_ext(int, int)


def fib_pair(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a, b


#case: fib_pair(0)
#case: fib_pair(10)
#case: fib_pair(90)
#deviates: fib_pair(92) -> OverflowError


def swap(a, x):
    b, y = a, x
    b = b * 2
    return y, b, (a, x)[0]


#case: swap(3, 1.5)


def minmax_scan(a):
    lo, hi = a[0], a[0]
    for i in range(1, len(a)):
        if a[i] < lo:
            lo = a[i]
        if a[i] > hi:
            hi = a[i]
    return lo, hi


#case: minmax_scan(np.array([3.0, -1.0, 4.0, 1.5]))
#case: minmax_scan(np.array([2.0]))
#case: minmax_scan(np.zeros(0))


def rotate3(a, b, c):
    for i in range(4):
        a, b, c = b, c, a
    return a, b, c


#case: rotate3(1, 2, 3)


def polar(z):
    r = abs(z)
    return r, z.real / r, z.imag / r


#case: polar(3 + 4j)
#case: polar(0j)


def stats(a):
    n = len(a)
    s = 0.0
    s2 = 0.0
    for i in range(n):
        s += a[i]
        s2 += a[i] * a[i]
    mean = s / n
    return n, mean, s2 / n - mean * mean


#case: stats(np.array([1.0, 2.0, 3.0, 4.0]))
#case: stats(np.zeros(0))


def gcd_ext(a, b):
    # Extended Euclid with tuple swaps; returns (g, x, y) with a*x + b*y == g.
    x0, x1, y0, y1 = 1, 0, 0, 1
    while b != 0:
        q = a // b
        a, b = b, a % b
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0


#case: gcd_ext(240, 46)
#case: gcd_ext(-240, 46)
#case: gcd_ext(7, 0)
