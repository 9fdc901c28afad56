# error-at: 6:5
# `global NAME` assigning a name that has no value at module level (CPython would create it).

# export bump(int)
def bump(n):
    global counter
    counter = n
    return counter
