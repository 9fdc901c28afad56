"""Edge cases: dict views, closures with defaults, identity of lists, nested list building."""
import numpy as np
LIMIT = 3

# export a(str:int dict)
def a(d):
    return sum(d.values()), sorted(d), "x" in d.keys(), 2 in d.values(), max(d.values()) if d else 0

# export b(int)
def b(n):
    fs = []
    scale = 2
    def mul(v, s=LIMIT):
        return v * s * scale
    return [mul(i) for i in range(n)], mul(1, 1)

# export c(float[])
def c(a):
    total = 0.0
    for i in range(len(a)):
        try:
            if a[i] < 0:
                raise ValueError("neg")
            total += a[i]
        except ValueError:
            total -= 1
    return total

# export d(str list)
def d(words):
    return [w.upper()[0] for w in words if w], {w: (len(w), w[::-1]) for w in words}

# export e(int list)
def e(xs):
    ys = xs
    ys.append(5)
    return xs is ys, len(xs), xs == ys

# export f(int)
def f(n):
    res = []
    for i in range(n):
        row = []
        for j in range(i):
            row.append(j)
        res.append(row)
    return res

# export g(float)
def g(x):
    s = f"{x}{x:.1f}" + str(int(x)) + "%d" % int(x)
    return s, len(s)

# export h(int, int)
def h(a, b):
    def inner():
        return a + b
    return inner() * 2

#case: a({"x": 1, "y": 2})
#case: a({})
#case: b(3)
#case: c(np.array([1.0, -1.0, 2.0]))
#case: d(["ab", "", "c"])
#case: e([1])
#case: f(3)
#case: g(2.5)
#case: h(1, 2)
