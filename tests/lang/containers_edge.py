"""Edge cases: empty containers returned, try in loops, dict items sorted by key functions."""
# export a()
def a():
    return []

# export b()
def b():
    return {}

# export c()
def c():
    x = set()
    return len(x)

# export d(int)
def d(n):
    out = {}
    for i in range(n):
        out[str(i)] = [i]
    return out

# export e(str list)
def e(xs):
    return {x: len(x) for x in xs}, sorted({len(x) for x in xs})

# export f(int)
def f(n):
    try:
        for i in range(n):
            if i == 2:
                return i
    finally:
        n = 0
    return -1

# export g(float list)
def g(xs):
    return [round(x, 1) for x in xs], [int(x) for x in xs], max([x for x in xs] + [0.0])

# export h((str, int) list)
def h(ps):
    d = dict(ps)
    return sorted(d.items(), key=lambda kv: kv[1])

# export k(int)
def k(n):
    s = 0
    for i in range(n):
        try:
            s += 10 // (i - 2)
        except ZeroDivisionError:
            continue
    return s

# export m(str)
def m(s):
    return s.split(",")[0], s[1:][::-1], s * 0, list(s), set(s) == set(s[::-1])

#case: a()
#case: b()
#case: c()
#case: d(3)
#case: e(["ab", "c"])
#case: f(5)
#case: f(1)
#case: g([1.25, 2.5, -0.5])
#case: h([("a", 2), ("b", 1)])
#case: k(5)
#case: m("ab,c")
