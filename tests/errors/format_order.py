# error-at: 7:32
# str.format() reading a computed argument out of order: Python evaluates it once, first.
# export label(str, int)


def label(s, n):
    return "{1}-{0}".format(n, len(s) + 1)
