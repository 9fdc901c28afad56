# error-at: 9:17
# `x in d` with x a str or a number and d keyed by ints only: refused (keys of one kind).

# export f(int, str)


def f(n, s):
    x = s if n > 0 else n
    return x in {1: 2}
