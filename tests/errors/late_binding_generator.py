# error-at: 10:9
# the generator runs after `k` changed: CPython divides by the new `k`.


# export f(int list, int)
def f(xs, k):
    def gen(it):
        for x in it:
            yield x // k
    g = gen(xs)
    first = next(g)
    k = 3
    return first, list(g)
