"""`math`'s special and exact float functions as CPython computes them: gamma/lgamma
(CPython's Lanczos, not the C library's), erf/erfc/cbrt/exp2, remainder, nextafter, ulp,
frexp/ldexp/modf, isclose (keyword-only tolerances), hypot of any number of coordinates,
dist, fsum (Shewchuk's exact partials), prod (start=); CPython's ValueError/OverflowError.
Bits: tests/test_math_bits.py."""
import math
from math import gamma, lgamma, fsum, hypot

# export special(float)
def special(x):
    return gamma(x), lgamma(x), math.erf(x), math.erfc(x), math.cbrt(x), math.exp2(x)

#case: special(0.5)
#case: special(1.0)
#case: special(5.0)
#case: special(-2.5)
#case: special(1e-25)
#case: special(-1e-25)
#case: special(170.5)
#case: special(-170.5)
#case: special(-200.5)
#case: special(-250.25)
#case: special(nan)
#case: special(inf)
#case: special(0.0)
#case: special(-3.0)
#case: special(171.7)
#case: special(1100.0)
#case: special(-inf)

# export gamma_only(float)
def gamma_only(x):
    return math.gamma(x)

#case: gamma_only(171.62)
#case: gamma_only(-0.0)
#case: gamma_only(24.0)
#case: gamma_only(23.0)
#case: gamma_only(141.5)
#case: gamma_only(-141.5)
#case: gamma_only(5.524680040776729)
#case: gamma_only(1e-300)
#case: gamma_only(5e-324)

# export lgamma_only(float)
def lgamma_only(x):
    return math.lgamma(x)

#case: lgamma_only(2.0)
#case: lgamma_only(-inf)
#case: lgamma_only(1e308)
#case: lgamma_only(-0.5)
#case: lgamma_only(1e-30)
#case: lgamma_only(-4.0)
#case: lgamma_only(2.5e305)

# export of_int(int)
def of_int(n):
    return gamma(n), lgamma(n), math.erf(n), math.cbrt(n), math.exp2(n)

#case: of_int(4)
#case: of_int(-8)
#case: of_int(0)

# export exp2_big(float)
def exp2_big(x):
    return math.exp2(x)

#case: exp2_big(1023.5)
#case: exp2_big(1024.0)
#case: exp2_big(-1080.0)
#case: exp2_big(-inf)

# export exact(float, float)
def exact(x, y):
    return math.remainder(x, y), math.nextafter(x, y), math.ulp(x), math.copysign(x, y)

#case: exact(5.0, 2.0)
#case: exact(7.0, 2.0)
#case: exact(-7.0, 2.0)
#case: exact(10.5, 3.0)
#case: exact(1.0, 0.1)
#case: exact(0.0, -1.0)
#case: exact(-0.0, 1.0)
#case: exact(1e308, inf)
#case: exact(inf, 1.0)
#case: exact(1.0, 0.0)
#case: exact(nan, 1.0)
#case: exact(1.0, nan)
#case: exact(3.0, inf)
#case: exact(1.7976931348623157e308, 1.0)
#case: exact(5e-324, 0.0)

# export parts(float, int)
def parts(x, i):
    m, e = math.frexp(x)
    f, w = math.modf(x)
    return m, e, f, w, math.ldexp(m, e) == x or x != x, math.ldexp(x, i)

#case: parts(8.0, 3)
#case: parts(-0.1, -1080)
#case: parts(0.0, 5)
#case: parts(-0.0, 5)
#case: parts(-2.5, 0)
#case: parts(-3.0, 1)
#case: parts(inf, 2)
#case: parts(-inf, 2)
#case: parts(nan, 2)
#case: parts(5e-324, 10)
#case: parts(1.5, 1023)
#case: parts(1.5, 1024)
#case: parts(1.0, 10**12)
#case: parts(1.0, -10**12)
#case: parts(1e-310, -40)

# export ldexp_bool(float, bool)
def ldexp_bool(x, b):
    return math.ldexp(x, b)

#case: ldexp_bool(3.0, True)

# export close(float, float)
def close(a, b):
    return (math.isclose(a, b), math.isclose(a, b, rel_tol=0.1), math.isclose(a, b, abs_tol=0.5),
            math.isclose(a, b, rel_tol=0.0, abs_tol=0.0))

#case: close(1.0, 1.0 + 1e-10)
#case: close(1.0, 1.05)
#case: close(1.0, 1.4)
#case: close(inf, inf)
#case: close(inf, -inf)
#case: close(nan, nan)
#case: close(0.0, -0.0)
#case: close(1e-320, 0.0)

# export close_bad(float)
def close_bad(t):
    return math.isclose(1.0, 2.0, rel_tol=t)

#case: close_bad(0.5)
#case: close_bad(-0.5)

# export hyp(float, float, float)
def hyp(x, y, z):
    return hypot(x, y), hypot(x, y, z), hypot(x), hypot(), math.hypot(x, 2, z, y, 1.5)

#case: hyp(3.0, 4.0, 12.0)
#case: hyp(-3.0, 4.0, 0.0)
#case: hyp(1e308, 1e308, 1.0)
#case: hyp(1e-320, 2e-320, 3e-321)
#case: hyp(0.0, -0.0, 0.0)
#case: hyp(inf, nan, 1.0)
#case: hyp(nan, 1.0, 2.0)
#case: hyp(-inf, 0.0, 0.0)
#case: hyp(0.1, 0.2, 0.3)

# export hyp_int(int, int)
def hyp_int(a, b):
    return math.hypot(a, b)

#case: hyp_int(3, 4)
#case: hyp_int(-5, 12)

# export dists(float list, float list)
def dists(p, q):
    return math.dist(p, q)

#case: dists([0.0, 0.0], [3.0, 4.0])
#case: dists([], [])
#case: dists([1.0], [-2.5])
#case: dists([1.0, 2.0, 3.0], [4.0, 6.0, 8.0])
#case: dists([1.0, 2.0], [1.0])
#case: dists([inf, 0.0], [inf, 1.0])
#case: dists([1e308, -1e308], [-1e308, 1e308])

# export dist_tuples(int, int)
def dist_tuples(a, b):
    return math.dist((a, b), (0, 0)), math.dist((1.5, a), [b, 2.5])

#case: dist_tuples(3, 4)
#case: dist_tuples(-1, 0)

# export sums(float list)
def sums(xs):
    return fsum(xs), math.fsum(x * x for x in xs), sum(xs)

#case: sums([0.1] * 10)
#case: sums([])
#case: sums([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])
#case: sums([1e-16, 1.0, 1e16])
#case: sums([2.0 ** 53, -0.5, -2.0 ** -54])
#case: sums([2.0 ** 53, 1.0, 2.0 ** -100])
#case: sums([-0.0, -0.0])
#case: sums([inf, 1.0])
#case: sums([inf, -inf])
#case: sums([nan, 1.0])
#case: sums([1e308, 1e308, -1e308])
#case: sums([1.7976931348623157e308, 9.979201547673598e291])
#case: sums([-inf, -inf, 1.0])

# export fsum_ints(int list)
def fsum_ints(xs):
    return math.fsum(xs), math.fsum(range(len(xs))), math.fsum((1, 2.5, True))

#case: fsum_ints([1, 2, 3])
#case: fsum_ints([])
#case: fsum_ints([2 ** 53, 1, 1])

# export fsum_array(float[])
def fsum_array(a):
    return math.fsum(a), math.fsum(a[::-2])

#case: fsum_array(np.array([0.1, 0.2, 0.3, 1e20, -1e20]))
#case: fsum_array(np.zeros(0))

# export prods(int list, float list)
def prods(xs, fs):
    return math.prod(xs), math.prod(fs), math.prod(xs, start=3), math.prod(fs, start=2), math.prod(xs, start=0.5)

#case: prods([1, 2, 3, 4], [0.5, 4.0])
#case: prods([], [])
#case: prods([-3, 7], [nan])
#case: prods([0], [inf, 0.0])
#deviates: prods([2 ** 40, 2 ** 40], [1.0]) -> OverflowError

# export prod_range(int)
def prod_range(n):
    return math.prod(range(1, n + 1)), math.prod(x / 2 for x in range(n))

#case: prod_range(5)
#case: prod_range(0)
#case: prod_range(1)

# export erfs(float)
def erfs(x):
    return math.erf(x), math.erfc(x), math.cbrt(x)

#case: erfs(0.3)
#case: erfs(-30.0)
#case: erfs(nan)

# export hyp_n(float list)
def hyp_n(xs):
    if len(xs) == 0:
        return math.hypot()
    if len(xs) == 1:
        return math.hypot(xs[0])
    if len(xs) == 2:
        return math.hypot(xs[0], xs[1])
    if len(xs) == 3:
        return math.hypot(xs[0], xs[1], xs[2])
    if len(xs) == 4:
        return math.hypot(xs[0], xs[1], xs[2], xs[3])
    return math.hypot(xs[0], xs[1], xs[2], xs[3], xs[4])

#case: hyp_n([])
#case: hyp_n([-2.0])
#case: hyp_n([1.0, 2.0, 3.0, 4.0, 5.0])
