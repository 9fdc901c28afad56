"""`del lst[lo:hi:step]`: the items the slice selects are removed, as in CPython (negative and
out-of-range bounds, negative steps, empty slices; a zero step raises ValueError)."""


# export drop_head(int list, int)
def drop_head(l, k):
    del l[:k]
    return l

#case: drop_head([1, 2, 3, 4], 2)
#case: drop_head([1, 2, 3, 4], 0)
#case: drop_head([1, 2, 3, 4], 10)
#case: drop_head([1, 2, 3, 4], -1)
#case: drop_head([], 3)


# export drop_step(float list, int, int, int)
def drop_step(l, lo, hi, st):
    del l[lo:hi:st]
    return len(l)

#case: drop_step([1.0, 2.0, 3.0, 4.0, 5.0], 0, 5, 2)
#case: drop_step([1.0, 2.0, 3.0, 4.0, 5.0], 4, 0, -2)
#case: drop_step([1.0, 2.0, 3.0, 4.0, 5.0], -1, -6, -1)
#case: drop_step([1.0, 2.0, 3.0, 4.0, 5.0], 1, 1, 1)
#case: drop_step([1.0, 2.0, 3.0, 4.0, 5.0], 0, 5, 0)
#case: drop_step([1.0, 2.0, 3.0], 10, 20, 3)


# export drop_local(int)
def drop_local(n):
    xs = list(range(n))
    del xs[1::3]
    del xs[-2:]
    return xs

#case: drop_local(10)
#case: drop_local(1)
