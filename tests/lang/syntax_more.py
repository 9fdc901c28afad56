"""Module-level tuple and chained assignments, `and`/`or` of different types in conditions,
`str.format` with a literal format string, `str.splitlines`, `reversed` of arrays and dicts."""
import numpy as np

x1, x2, y1, y2 = -1.8, 1.8, -1.5, 1.5
lo = hi = 3
NAME, (EMPTY) = "grid", ""


# export bounds(int)
def bounds(n):
    return x1 * n, x2 - y1, y2, lo + hi, NAME + EMPTY

#case: bounds(2)


# export mixed_conditions(str, int, float)
def mixed_conditions(s, n, x):
    out = []
    if s and n:
        out.append(1)
    if s or x:
        out.append(2)
    if not (s and x):
        out.append(3)
    while n and s:
        n -= 1
        out.append(4)
    k = 5 if (x or n) and s else 6
    out.append(k)
    assert s or n or x or True
    return out, [c for c in "abc" if c != s and n == 0]

#case: mixed_conditions("ab", 2, 0.0)
#case: mixed_conditions("", 0, 1.5)
#case: mixed_conditions("b", 0, -0.0)
#case: mixed_conditions("", 3, float('nan'))


# export formats(str, int, float)
def formats(s, n, x):
    a = "{} and {}".format(s, n)
    b = "{:.3f}|{:>6}|{:<4d}|{!r}".format(x, s, n, s)
    c = "{0}{1}{0}".format(n, s)
    d = "{name}={value:+.2e}".format(name=s, value=x)
    e = "{{literal}} {}".format(n * 2)
    m = len(s)
    f = "{1}-{0}".format(n, m)
    return a, b, c, d, e, f

#case: formats("ab", 7, 3.14159)
#case: formats("", -1, -0.0)
#case: formats("x\ny", 123456, 1e300)


# export format_raises(int)
def format_raises(n):
    return "{:d}".format(n * 0.5)

#case: format_raises(2)


# export lines(str, bool)
def lines(s, keep):
    return s.splitlines(), s.splitlines(keep), s.splitlines(keepends=keep), len(s.splitlines())

#case: lines("a\nb\r\nc\rd", False)
#case: lines("a\nb\r\nc\rd\n", True)
#case: lines("", True)
#case: lines("\n\n", False)
#case: lines("x\x0by\x0cz\x1c\x1d\x1e\x85\u2028\u2029end", True)
#case: lines("x\x0by\x0cz\x1c\x1d\x1e\x85\u2028\u2029end", False)


# export reversed_items(float64[:], int64[:,:])
def reversed_items(a, m):
    d = {1: 2, 3: 4, 0: 1}
    rows = [r.sum() for r in reversed(m)]
    return list(reversed(a)), rows, list(reversed(d)), [k * 2 for k in reversed(range(3))]

#case: reversed_items(np.array([1.0, 2.5, -3.0]), np.arange(6).reshape(3, 2))
#case: reversed_items(np.zeros(0), np.zeros((0, 2), dtype=np.int64))
