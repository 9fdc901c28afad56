# error-at: 18:19
# a generator is sent values of one type: its `x = yield` reads that type


def _acc():
    total = 0
    while True:
        x = yield total
        if x is not None:
            total += x


# export f(int)
def f(n):
    g = _acc()
    next(g)
    g.send(n)
    return g.send("1.5")
