"""List slicing, concatenation, repetition, `in`, equality."""

# export slices(int list, int, int)
def slices(xs, a, b):
    return xs[a:b], xs[::-1], xs[a:], xs[:b], xs[::2], xs[-2:], xs[b:a:-1]

#case: slices([0, 1, 2, 3, 4, 5], 1, 4)
#case: slices([], 0, 3)
#case: slices([1, 2], -5, 10)

# export concat(float list, float list, int)
def concat(a, b, n):
    c = a + b
    return c, a * n, c == a + b, 2.0 in c, 7.0 not in c

#case: concat([1.0], [2.0, 3.0], 2)
#case: concat([], [], 0)

# export contains_int(int list, int)
def contains_int(xs, v):
    return v in xs, (v, 1) in [(1, 1), (2, 1)], v in (1, 2, 3)

#case: contains_int([1, 2, 3], 2)
#case: contains_int([], 0)
