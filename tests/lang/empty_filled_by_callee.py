"""An empty list, dict or set filled by the function it is passed to (or a nested function
that captures it): the callee's stores decide its items, and the caller sees them."""

def add(l, n):
    l.append(n)
    l.append(n * 2)

# export fill_list(int)
def fill_list(n):
    d = []
    add(d, n)
    add(d, n + 1)
    return d, len(d)

#case: fill_list(3)
#case: fill_list(-1)

# export fill_nested(int)
def fill_nested(m):
    d = {}
    def g(n):
        d[n] = n * 0.5
    g(m)
    g(m + 1)
    return len(d), d

#case: fill_nested(4)

def add_all(s, xs):
    for x in xs:
        s.add(x)

# export fill_set(int list)
def fill_set(xs):
    s = set()
    add_all(s, xs)
    return sorted(s)

#case: fill_set([3, 1, 3, 2])
#case: fill_set([])

def count(l):
    return len(l)

# export read_only()
def read_only():
    e = []
    return count(e)

#case: read_only()
