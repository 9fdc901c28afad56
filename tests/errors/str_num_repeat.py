# error-at: 9:12
# `*` of a variable holding a str or a number: a str repeats, a number multiplies; refused.

# export f(int, str)


def f(n, s):
    x = s if n > 0 else n
    return x * 2
