# error-at: 8:5
# global is not supported.

# export bump(int)


def bump(n):
    global counter
    counter += n
    return counter
