"""`x = yield v` in a generator: driven by `for`, `list()`, `next()`, `sum()`, `zip()` (nothing
is sent), the yield expression gives None."""


def _echo(n):
    nones = 0
    for i in range(n):
        got = yield i * i
        if got is None:
            nones += 1
    last = yield -nones
    if last is None:
        yield 100


# export drained(int)
def drained(n):
    return list(_echo(n))
#case: drained(0)
#case: drained(1)
#case: drained(4)
#case: drained(-2)


# export stepped(int)
def stepped(n):
    g = _echo(n)
    first = next(g)
    rest = 0
    for v in g:
        rest += v
    return first, rest
#case: stepped(3)
#case: stepped(0)


def _bare(n):
    for i in range(n):
        seen = yield
        assert seen is None


# export bare(int)
def bare(n):
    pairs = [(a, b) for a, b in zip(_bare(n), range(100))]
    return pairs, sum(1 for v in _bare(n) if v is None), list(_bare(n))
#case: bare(3)
#case: bare(0)
#case: bare(-5)


# export returned(int)
def returned(n):
    return _echo(n)
#case: returned(3)
#case: returned(0)
