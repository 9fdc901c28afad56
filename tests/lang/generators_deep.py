"""Generators and recursion: a deep recursion inside a generator raises RecursionError on the
generator's own stack; `yield from` nested deeper than the limit raises RecursionError."""

def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1


def g(n):
    yield deep(n)


def nested(n):
    if n > 0:
        yield from nested(n - 1)
    yield n


# export f(int)
def f(n):
    return list(g(n))

#case: f(100)
#case: f(1000000)


# export h(int)
def h(n):
    return sum(nested(n))

#case: h(50)
#case: h(100000)
#case: h(500)
