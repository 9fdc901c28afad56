"""`math`'s integer functions: factorial, gcd, lcm, comb, perm, isqrt (exact; CPython's
ValueErrors; results beyond 64 bits are pyrs's OverflowError)."""
import math
from math import gcd, comb

# export ints(int, int)
def ints(n, k):
    return (math.factorial(n), gcd(n, k), math.lcm(n, k), comb(n, k), math.perm(n, k),
            math.perm(n), math.isqrt(n * n + k))

#case: ints(5, 2)
#case: ints(10, 3)
#case: ints(3, 10)
#case: ints(0, 0)
#case: ints(-1, 2)
#case: ints(4, -2)

# export gcd_many(int list)
def gcd_many(xs):
    g = 0
    for x in xs:
        g = math.gcd(g, x)
    return g, math.gcd(), math.lcm(), math.gcd(xs[0]), math.gcd(xs[0], xs[1], xs[2])

#case: gcd_many([12, -18, 30])
#case: gcd_many([7, 0, 0])

# export big(int)
def big(n):
    return math.factorial(n)

#case: big(20)
#deviates: big(21) -> OverflowError

# export fromkeys(str list, int)
def fromkeys(words, n):
    d = dict.fromkeys(words, n)
    counts = dict.fromkeys(range(3), 0)
    for w in words:
        d[w] += 1
    counts[1] = len(d)
    return d, counts, len(dict.fromkeys(words))

#case: fromkeys(["a", "b", "a"], 10)
#case: fromkeys([], 0)
