"""A comprehension whose target is an item of a list changes that list: a loop over the list
reads each item when it gets to it."""

# export overwrite_last(float list)


def overwrite_last(xs):
    s = 0.0
    for x in xs:
        ys = [0.0 for xs[-1] in [7.0, 8.0]]
        s += x
    return s


#case: overwrite_last([5.0, 1.0, 2.0])
#case: overwrite_last([])
