# error-at: 14:12
# pyrs follows a generator sent values from the `g = gen(...)` that made it


def _acc():
    total = 0
    while True:
        x = yield total
        if x is not None:
            total += x


def _push(g, v):
    return g.send(v)


# export f(int)
def f(n):
    g = _acc()
    next(g)
    return _push(g, n)
