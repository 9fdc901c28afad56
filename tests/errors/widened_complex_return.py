# error-at: 11:9
# `z` is the int 0 when the loop never runs (CPython returns 0, not 0j): compiling it as a
# complex would change the result's type, so pyrs says where and how to make it complex.


# export orbit(complex, int)
def orbit(c, n):
    z = 0
    for _ in range(n):
        z = z * z + c
    w = z * 2
    return w
