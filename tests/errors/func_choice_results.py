# error-at: 16:12
# A call of one of several functions: their results must fit one value (an int and a str do not).


def a(x):
    return x


def b(x):
    return str(x)


# export f(int)
def f(n):
    g = a if n else b
    return g(n)
