# error-at: 9:5
# assigning a module-level variable is not supported (constants are read-only).

# export bump(int)
counter = 0


def bump(n):
    global counter
    counter += n
    return counter
