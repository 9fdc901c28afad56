# error-at: 7:5
# a function returned to Python (a lambda escaping its exported function) is refused.

# export make(float)


def make(x):
    return lambda t: 2 * t + x
