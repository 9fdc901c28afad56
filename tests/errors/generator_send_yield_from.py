# error-at: 11:5
# CPython passes the values sent into `_outer` on to `_inner`; pyrs does not


def _inner():
    x = yield 0
    yield x


def _outer():
    yield from _inner()


# export f(int)
def f(n):
    g = _outer()
    next(g)
    return g.send(n)
