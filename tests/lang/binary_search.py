"""Binary search over a sorted list and an array."""
import numpy as np

# export bisect(float list, float)
def bisect(xs, x):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

#case: bisect([1.0, 2.0, 4.0, 8.0], 3.0)
#case: bisect([], 1.0)
#case: bisect([1.0, 1.0, 1.0], 1.0)

# export search_array(int[], int)
def search_array(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

#case: search_array(np.arange(0, 100, 3), 27)
#case: search_array(np.arange(0, 100, 3), 28)
