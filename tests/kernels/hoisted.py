"""Loops whose bounds checks are hoisted (codegen/hoist.rs): the fast copy runs when a test
before the loop proves every subscript in bounds, the checked copy otherwise, and both give
Python's results, including the IndexError at the same iteration after the same writes.
Also numpy's exp/log (runtime/src/numpy/vmath.rs) on special values, in loops and fused.
Aliasing and strided views: tests/test_hoist.py."""
import numpy as np

# export shifted(float[::], int, float[::])
# export window(float[], int, float[])
# export ranged(float[], int, int, float[])
# export rebinds_index(float[], float[])
# export accumulate(float[], float[])
# export stencil2d(float[::, ::], int, float[::, ::])
# export outer_only(float[:, :], float[], float[])
# export early_exit(float[], float)
# export int_store(float[], int[])
# export exp_log_loop(float[], float[], float[])
# export exp_log_fused(float[])
# export inner_bound(float[::, ::], int, int, float[])
# export after_inner(float[], int, float[])
# export triangle(float[], float[])


def shifted(x, k, out):
    for i in range(len(out)):
        out[i] = x[i + k] * 2.0
    return out


#case: shifted(np.arange(6.0), 0, np.zeros(6))
#case: shifted(np.arange(6.0), 2, np.zeros(4))
#case: shifted(np.arange(6.0), 3, np.zeros(4))
#case: shifted(np.arange(6.0), -1, np.zeros(4))
#case: shifted(np.arange(6.0), -7, np.zeros(4))
#case: shifted(np.arange(3.0), 0, np.zeros(0))


def window(x, w, res):
    s = 0.0
    for i in range(w, len(x)):
        s += x[i] - x[i - w]
        res[i] = s / w
    return s


#case: window(np.arange(10.0), 3, np.zeros(10))
#case: window(np.arange(10.0), 3, np.zeros(7))
#case: window(np.arange(10.0), -2, np.zeros(10))
#case: window(np.arange(10.0), -20, np.zeros(10))
#case: window(np.arange(10.0), 1, np.zeros(10))
#case: window(np.arange(10.0), 12, np.zeros(10))


def ranged(x, a, b, out):
    # negative indices wrap around in Python: the fast copy must not run for them
    for i in range(a, b):
        out[i - a] = x[i] + x[i + 1]


#case: ranged(np.arange(8.0), 0, 7, np.zeros(8))
#case: ranged(np.arange(8.0), 2, 5, np.zeros(8))
#case: ranged(np.arange(8.0), -3, 2, np.zeros(8))
#case: ranged(np.arange(8.0), 0, 8, np.zeros(8))
#case: ranged(np.arange(8.0), 5, 2, np.zeros(8))
#case: ranged(np.arange(8.0), -9, -2, np.zeros(8))
#case: ranged(np.arange(8.0), 2**62, 2**62 + 2, np.zeros(8))
#case: ranged(np.arange(8.0), -2**63, -2**63 + 2, np.zeros(8))


def rebinds_index(x, out):
    for i in range(len(x)):
        out[i] = x[i]
        i = i * 2
        out[i] = -1.0


#case: rebinds_index(np.arange(3.0), np.zeros(3))
#case: rebinds_index(np.arange(3.0), np.zeros(6))


def accumulate(x, out):
    for i in range(1, len(x)):
        out[i] += x[i - 1] * 0.5
        out[i - 1] -= 1.0
    return out.sum()


#case: accumulate(np.arange(5.0), np.ones(5))
#case: accumulate(np.arange(5.0), np.ones(3))
#case: accumulate(np.arange(1.0), np.ones(1))


def stencil2d(a, m, out):
    n = a.shape[0]
    for i in range(1, n - 1):
        for j in range(1, m - 1):
            out[i, j] = a[i - 1, j] + a[i + 1, j] + a[i, j - 1] + a[i, j + 1] - 4.0 * a[i, j]
    return out


#case: stencil2d(np.arange(20.0).reshape(4, 5) ** 2, 5, np.zeros((4, 5)))
#case: stencil2d(np.arange(20.0).reshape(4, 5) ** 2, 6, np.zeros((4, 5)))
#case: stencil2d(np.arange(20.0).reshape(4, 5) ** 2, 5, np.zeros((3, 5)))
#case: stencil2d(np.arange(20.0).reshape(4, 5) ** 2, 5, np.zeros((4, 4)))
#case: stencil2d(np.zeros((2, 2)), 2, np.zeros((2, 2)))


def outer_only(a, v, out):
    # a[i, j] with j from a while loop: only the first index is proven
    for i in range(len(out)):
        j = 0
        s = 0.0
        while j < len(v):
            s += a[i, j] * v[j]
            j += 1
        out[i] = s


#case: outer_only(np.arange(6.0).reshape(2, 3), np.ones(3), np.zeros(2))
#case: outer_only(np.arange(6.0).reshape(2, 3), np.ones(4), np.zeros(2))
#case: outer_only(np.arange(6.0).reshape(2, 3), np.ones(3), np.zeros(3))


def early_exit(x, limit):
    for i in range(len(x) + 1):
        if x[i] > limit:
            return i
    return -1


#case: early_exit(np.arange(5.0), 2.5)
#case: early_exit(np.arange(5.0), 10.0)


def int_store(x, out):
    # float → int element stores keep their checks (NaN raises)
    for i in range(len(x)):
        out[i] = x[i] * 10.0


#case: int_store(np.array([0.5, 1.25, -3.5]), np.zeros(3, dtype=np.int64))
#case: int_store(np.array([0.5, nan, -3.5]), np.zeros(3, dtype=np.int64))


def exp_log_loop(x, e, l):
    for i in range(len(x)):
        e[i] = np.exp(x[i])
        l[i] = np.log(x[i])
    return np.exp(x[0]) + np.log(x[-1])


#case: exp_log_loop(np.array([0.0, -0.0, 1.0, -1.0, 0.5, 2.0, inf, -inf, nan, 1e-310, 5e-324, 2.2250738585072014e-308, 1e308, 1.7976931348623157e308, 709.78, 709.7827128933841, 710.0, -708.4, -745.13, -745.14, -746.0, 1e-8, -1e-8, 1.0000000001, 0.9999999999, 0.7071067811865476, 1.4142135623730951, 20.0, 123.456, -0.3465735902799726, 0.3465735902799727, 36.7368005696771]), np.zeros(32), np.zeros(32))
#case: exp_log_loop(np.linspace(-750.0, 750.0, 1001), np.zeros(1001), np.zeros(1001))
#case: exp_log_loop(np.geomspace(1e-320, 1e308, 997), np.zeros(997), np.zeros(997))
#case: exp_log_loop(np.random.default_rng(1).uniform(-30.0, 30.0, 2000), np.zeros(2000), np.zeros(2000))
#case: exp_log_loop(np.random.default_rng(2).uniform(0.0, 3.0, 2000), np.zeros(2000), np.zeros(2000))


def exp_log_fused(x):
    return np.log(np.exp(x) + 1.0) - np.exp(-x) * np.log(x)


#case: exp_log_fused(np.array([0.0, 1.0, -1.0, 0.5, 2.0, inf, -inf, nan, 1e-310, 709.78, -745.13, 36.7]))
#case: exp_log_fused(np.random.default_rng(3).uniform(0.0, 40.0, 1000))


def inner_bound(a, n, m, out):
    # range(m) is the same for every row: the test before the row loop proves a[i, j] for the
    # whole nest, or the checked copy raises at the first j out of bounds after the writes
    for i in range(n):
        for j in range(m):
            out[i] += a[i, j]
    return out


#case: inner_bound(np.arange(12.0).reshape(3, 4), 3, 4, np.zeros(3))
#case: inner_bound(np.arange(12.0).reshape(3, 4), 3, 5, np.zeros(3))
#case: inner_bound(np.arange(12.0).reshape(3, 4), 4, 4, np.zeros(4))
#case: inner_bound(np.arange(12.0).reshape(3, 4), 0, 50, np.zeros(3))
#case: inner_bound(np.arange(12.0).reshape(3, 4), 3, 0, np.zeros(3))
#case: inner_bound(np.arange(24.0).reshape(3, 8)[:, ::2], 3, 4, np.zeros(3))
#case: inner_bound(np.arange(12.0).reshape(3, 4), 3, -2, np.zeros(3))


def after_inner(a, m, out):
    # j is read after its loop (the last j, or the 0 before it): not covered by the inner range
    j = 0
    for i in range(len(out)):
        for j in range(m):
            out[i] += a[j]
        out[i] += a[j] * 10.0
    return out


#case: after_inner(np.arange(5.0), 5, np.zeros(3))
#case: after_inner(np.arange(5.0), 0, np.zeros(3))
#case: after_inner(np.arange(5.0), 6, np.zeros(3))


def triangle(a, out):
    # the inner range depends on the row: proven per row, not once for the nest
    for i in range(len(out)):
        for j in range(i):
            out[i] += a[j]
    return out


#case: triangle(np.arange(6.0), np.zeros(7))
#case: triangle(np.arange(6.0), np.zeros(8))
