# error-at: 12:12
# A function taking `*args` called through a value (its arity is not known at the call).


def total(*xs):
    return sum(xs)


# export f(int)
def f(n):
    g = total
    return g(n, n)
