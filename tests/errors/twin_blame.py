# error-at: 14:12
# A module with an error: the error is reported where it is, not as the listed overload of
# `store`, which compiles as its twin (a float stored into a complex list keeps its type).
# export store(complex list)
# export broken(complex list, int)


def store(zs):
    zs[0] = 2.5
    return zs


def broken(zs, n):
    return zs + n
