# error-at: 8:9
# lambda is not supported.

# export apply(float)


def apply(x):
    f = lambda t: 2 * t + 1
    return f(x)
