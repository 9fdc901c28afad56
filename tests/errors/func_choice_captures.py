# error-at: 8:9
# One value holds one of several functions only if none of them captures variables.


# export f(int)
def f(n):
    c = 2
    g = (lambda x: x + c) if n else (lambda x: x - 1)
    return g(n)
