"""Lists and arrays together: lists built from array elements, arrays filled from lists."""
import numpy as np

# export positives(float[])
def positives(a):
    return [float(x) for x in a if x > 0]

#case: positives(np.array([1.5, -2.0, 0.0, 3.25]))

# export fill(float list)
def fill(xs):
    a = np.zeros(len(xs))
    for i, x in enumerate(xs):
        a[i] = x * 2
    return a

#case: fill([1.0, 2.0])
#case: fill([])

# export index_of_max(float[])
def index_of_max(a):
    best, where = a[0], 0
    for i in range(1, len(a)):
        if a[i] > best:
            best, where = a[i], i
    return where, float(best)

#case: index_of_max(np.array([1.0, 7.0, 3.0, 7.0]))
