# error-at: 9:5
# a module variable keeps the type of its module-level value (an int here; CPython would store a float).
counter = 0


# export bump(float)
def bump(x):
    global counter
    counter = x
    return counter
