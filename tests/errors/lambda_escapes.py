# error-at: 7:5
# a function used as a value (other than `key=`) is not supported.

# export make(float)


def make(x):
    return lambda t: 2 * t + x
