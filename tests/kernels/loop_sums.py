"""Float sums in `for` loops over ranges, which pyrs computes eight terms at a time (the terms
vectorise) and adds in the loop's order, and int arithmetic on loop variables whose bounds
prove it cannot overflow (no check emitted) — the same values as CPython, to the last bit
(tests/test_hoist.py compares them exactly), and the loop variable's value after the loop."""

import math

# export pisum_like(int, int)
# export forms(int)
# export from_arrays(float[], float[])
# export after_loop(int, int)
# export int_terms(int)
# export may_fail(float[], int)
# export bounded_products(int)
# export unbounded_products(int)
# export strided(float[::])


def pisum_like(lo, hi):
    s = 0.0
    for k in range(lo, hi):
        s += 1.0 / (k * k + 1)
    return s


#case: pisum_like(1, 10001)
#case: pisum_like(-20, 21)
#case: pisum_like(5, 5)
#case: pisum_like(5, 3)
#case: pisum_like(0, 7)
#case: pisum_like(0, 8)
#case: pisum_like(0, 9)


def forms(n):
    a = 0.0
    b = 1.0
    c = 0.5
    d = 0.0
    for i in range(n):
        a += math.sqrt(i + 0.5)
    for i in range(n):
        b -= 1.0 / (i + 3)
    for i in range(n):
        c = c + i * 0.1
    for i in range(1, n + 1):
        d = math.sin(i * 0.25) / i + d
    return a, b, c, d


#case: forms(0)
#case: forms(1)
#case: forms(17)
#case: forms(1000)


def from_arrays(x, y):
    s = 0.0
    for i in range(len(x)):
        s += (x[i] - y[i]) ** 2
    t = 0.0
    for i in range(1, len(x)):
        t += x[i] * y[i - 1]
    return s, t


#case: from_arrays(np.arange(30.0) / 7, np.ones(30) * 0.3)
#case: from_arrays(np.zeros(0), np.zeros(0))
#case: from_arrays(np.arange(9.0), np.arange(9.0) - 4.5)
#case: from_arrays(np.arange(9.0), np.arange(3.0))


def after_loop(lo, hi):
    s = 0.0
    k = -1
    for k in range(lo, hi):
        s += k * 0.5
    return s, k


#case: after_loop(0, 0)
#case: after_loop(0, 8)
#case: after_loop(3, 20)
#case: after_loop(-9, -1)


def int_terms(n):
    s = 0.0
    for k in range(n):
        s += k * k
    return s


#case: int_terms(0)
#case: int_terms(100)
#case: int_terms(3000)


def may_fail(x, j):
    # the term can fail (an index out of range, a division by zero): a plain loop, the
    # error raised where CPython raises it
    s = 0.0
    for i in range(len(x) + j):
        s += x[i] / x[len(x) - 1 - i]
    return s


#case: may_fail(np.arange(1.0, 11.0), 0)
#case: may_fail(np.arange(1.0, 11.0), 1)
#case: may_fail(np.array([1.0, 0.0, 2.0]), 0)


def bounded_products(n):
    # k in 1..=10000: k*k*k fits in 64 bits, nothing to check
    s = 0
    for k in range(1, 10001):
        s = (s + k * k * k) % 1000003
    return s + n


#case: bounded_products(1)


def unbounded_products(n):
    # k up to n: k*k*k may overflow 64 bits (OverflowError, a documented deviation)
    s = 0
    for k in range(2, n):
        s = (s + k * k * k) % 1000003
    return s


#case: unbounded_products(1000)
#deviates: unbounded_products(2**22) -> OverflowError


def strided(x):
    s = 0.0
    for i in range(0, len(x)):
        s += x[i] * 1.5
    return s


#case: strided(np.arange(50.0)[::3])
#case: strided(np.arange(50.0)[::-2])


# export crossing_literal()
# export positive_literal()
def crossing_literal():
    # i runs through 0: the division stays checked (ZeroDivisionError as in CPython)
    s = 0.0
    for i in range(-3, 4):
        s += 1.0 / i
    return s


#case: crossing_literal()


def positive_literal():
    # i in 1..=99: no zero, no overflow: nothing checked
    s = 0.0
    for i in range(1, 100):
        s += 1.0 / (i * i + 1000)
    return s


#case: positive_literal()


# export int_started(int, float[])
def int_started(n, x):
    # `s = 0` (an int until a float is added: kept as a number of either type), then float
    # terms: the same strip-mined sum from the int's value; after no iteration `s` is still the
    # int 0 (or True), after one a float
    s = 0
    for i in range(n):
        s += 1.0 / (i + 3)
    t = True
    for i in range(len(x)):
        t -= x[i] * 0.5
    u = -4
    for i in range(n):
        u = u + math.sqrt(i)
    return s, t, u


#case: int_started(0, np.zeros(0))
#case: int_started(1, np.array([-0.0]))
#case: int_started(7, np.arange(7.0))
#case: int_started(8, np.arange(8.0))
#case: int_started(1001, np.arange(1001.0) / 3)
