"""`np.array` / `np.asarray` of a tuple of lists of numbers (`np.array((xs, ys))`): a 2-D array,
the element type promoted over the lists (ints and floats give float64, bools and ints
int64), `dtype=` converting; rows of different lengths raise numpy's ValueError; empty rows."""

import numpy as np

# export pair(float list, float list)
# export pair(int list, int list)
# export pair(int list, float list)
# export pair(bool list, int list)
# export pair(complex list, float list)
def pair(xs, ys):
    a = np.array((xs, ys))
    return a, a.dtype == np.float64, a.shape


#case: pair([1.0, 2.5, -0.0], [3.0, np.nan, 4.0])
#case: pair([1, 2], [3, 4])
#case: pair([1, 2], [3.5, 4.0])
#case: pair([True, False], [3, -4])
#case: pair([1j, 2 + 0j], [3.0, 4.0])
#case: pair([1.0, 2.0], [3.0])
#case: pair([1.0], [])


# export triple(int list, int list, int list)
def triple(a, b, c):
    m = np.array((a, b, c), dtype=np.float64)
    n = np.asarray((a, c))
    return m, n, m.sum(axis=0), n.T


#case: triple([1, 2], [3, 4], [5, 6])
#case: triple([1, 2, 3], [3, 4], [5, 6])
#case: triple([1, 2], [3, 4], [5])
#case: triple([-(2**40)], [3], [0])


# export built(int)
def built(n):
    xs = []
    ys = []
    for i in range(n):
        xs.append(i * 0.5)
        ys.append(-i)
    return np.array((xs, ys, [1.0] * n))


#case: built(4)
#case: built(0)
