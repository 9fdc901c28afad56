# error-at: 9:17
# `*xs` of a list in a call: its length is not known when compiling.

# export total(int[])


def total(a):
    xs = [a[0], a[1]]
    return max3(*xs, 0)


def max3(a, b, c):
    return max(a, b, c)
