# error-at: 10:9
# CPython passes the values sent into `_outer` on to the list's iterator (AttributeError: it has no `send`)


def _outer(xs):
    first = yield -1
    if first is None:
        yield 0
    else:
        yield from xs


# export f(int list)
def f(xs):
    g = _outer(xs)
    next(g)
    return g.send(1)
