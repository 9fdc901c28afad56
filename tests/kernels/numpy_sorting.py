"""Sorting and order statistics: `sort`/`argsort` with `kind=` (numpy's default argsort is not
stable: ties come back in numpy's order), `unique` with `return_index/return_inverse/
return_counts`, `median`, `percentile`, `quantile` (numpy's 'linear' method, NaN propagating),
`ptp`, `flatnonzero`, `argwhere`, `isin`, `intersect1d`, `union1d`, `setdiff1d`, `digitize`."""

import numpy as np

# export sorts(float[], int[])
# export sorts2(float[:,:], int)
# export uniques(int[], float[])
# export uniques2(int[:,:])
# export order_stats(float[], float)
# export order_stats2(float[:,:], float, int)
# export order_ints(int[], int[:,:])
# export spreads(float[], int[:,:])
# export wheres(int[:,:], float[])
# export sets(float[], float[])
# export sets_int(int[], int[])
# export digitizes(float[], float[])
# export lexsorts(float[], float[], int[], int[])


def sorts(a, b):
    return (np.sort(a, kind='stable'), np.argsort(a), np.argsort(a, kind='stable'), np.argsort(b),
            np.argsort(b, kind='mergesort'), np.argsort(b, kind='heapsort'), b.argsort(kind='quicksort'))


#case: sorts(np.array([3.0, 1.0, 2.0, 1.0, nan, -0.0, 0.0, nan]), np.array([2, 1, 2, 1, 0, 2, 1, 1, 0, 2, 2, 1, 0, 0, 1, 2, 1, 2]))
#case: sorts(np.array([0.5 * (k % 7) for k in range(300)]), np.array([k % 5 for k in range(1000)]))
#case: sorts(np.array([5.0, 4.0, 3.0]), np.array([9, 8, 7]))
#case: sorts(np.array([]), np.array([], dtype=np.int64))


def sorts2(m, k):
    return np.sort(m, axis=k, kind='heapsort'), np.argsort(m, axis=k), np.argsort(m, axis=None), np.argsort(m, k, 'stable')


#case: sorts2(np.array([[3.0, 1.0, 3.0, 1.0], [2.0, 2.0, 2.0, 0.0], [1.0, 1.0, 1.0, 1.0]]), 0)
#case: sorts2(np.array([[3.0, 1.0, 3.0, 1.0], [2.0, 2.0, 2.0, 0.0], [1.0, 1.0, 1.0, 1.0]]), 1)
#case: sorts2(np.array([[3.0, 1.0], [2.0, 2.0]]), 2)


def uniques(a, x):
    return (np.unique(a, return_counts=True), np.unique(a, return_index=True), np.unique(a, return_inverse=True),
            np.unique(x, True, True, True), np.unique(x))


#case: uniques(np.array([3, 1, 2, 3, 3, 1, -4]), np.array([2.5, nan, 1.0, 2.5, nan, -0.0, 0.0]))
#case: uniques(np.array([7]), np.array([nan]))
#case: uniques(np.array([], dtype=np.int64), np.array([]))


def uniques2(m):
    values, index, inverse, counts = np.unique(m, return_index=True, return_inverse=True, return_counts=True)
    return values, index, inverse, counts


#case: uniques2(np.array([[3, 1], [1, 2], [2, 3]]))


def order_stats(a, q):
    return np.median(a), np.percentile(a, q * 100.0), np.quantile(a, q), np.quantile(a, 0.5), np.percentile(a, 25)


#case: order_stats(np.array([3.5, 1.0, -2.0, 8.0, 4.25]), 0.3)
#case: order_stats(np.array([3.5, 1.0, -2.0, 8.0]), 1.0)
#case: order_stats(np.array([3.5, 1.0, -2.0, 8.0]), 0.0)
#case: order_stats(np.array([3.5, nan, -2.0]), 0.5)
#case: order_stats(np.array([1.0, inf]), 1.0)
#case: order_stats(np.array([-inf, 1.0, inf]), 0.75)
#case: order_stats(np.array([0.1 * k * k for k in range(101)]), 0.37)
#case: order_stats(np.array([2.0]), 0.9)
#case: order_stats(np.array([2.0, 3.0]), 1.5)
#case: order_stats(np.array([2.0, 3.0]), -0.5)
#case: order_stats(np.array([]), 0.5)


def order_stats2(m, q, k):
    return np.median(m, axis=k), np.percentile(m, q, axis=k), np.quantile(m, q / 100.0, k)


#case: order_stats2(np.array([[3.5, 1.0, -2.0], [8.0, 4.25, 0.0]]), 40.0, 0)
#case: order_stats2(np.array([[3.5, 1.0, -2.0, 7.0], [8.0, nan, 0.0, 1.0]]), 40.0, 1)
#case: order_stats2(np.array([[3.5, 1.0, -2.0], [8.0, 4.25, 0.0]]), 40.0, 2)


def order_ints(a, m):
    return np.median(a), np.quantile(a, 0.35), np.percentile(m, 60.0, axis=1), np.median(m, axis=0)


#case: order_ints(np.array([3, 1, 7, 2]), np.array([[3, 1, 7, 2], [0, 0, 1, 5]]))
#case: order_ints(np.array([2**62, -2**62, 1]), np.array([[1, 2]]))


def spreads(a, m):
    return np.ptp(a), np.ptp(m), np.ptp(m, axis=0), np.ptp(m, 1)


#case: spreads(np.array([3.5, 1.0, -2.0]), np.array([[3, 1, 7], [0, -9, 1]]))
#case: spreads(np.array([3.5, nan, -2.0]), np.array([[2**62, -2**62]]))
#case: spreads(np.array([]), np.array([[3, 1, 7]]))


def wheres(m, a):
    return np.flatnonzero(m), np.argwhere(m), np.flatnonzero(a > 0.5), np.argwhere(a)


#case: wheres(np.array([[0, 3, 0], [1, 0, 2]]), np.array([0.0, 1.0, nan, -0.0, 0.25]))
#case: wheres(np.zeros((2, 0), dtype=np.int64), np.array([]))


def sets(a, b):
    return np.isin(a, b), np.isin(a, b, invert=True), np.intersect1d(a, b), np.union1d(a, b), np.setdiff1d(a, b)


#case: sets(np.array([3.0, 1.0, nan, 2.0, 1.0, 0.0]), np.array([1.0, nan, 0.0, 5.0]))
#case: sets(np.array([]), np.array([1.0]))


def sets_int(a, b):
    return np.isin(a, b), np.intersect1d(a, b), np.union1d(a, b), np.setdiff1d(a, b, assume_unique=False)


#case: sets_int(np.array([3, 1, 4, 1, 5, 9, 2, 6]), np.array([1, 2, 3, 10]))


def digitizes(x, bins):
    return np.digitize(x, bins), np.digitize(x, bins, right=True)


#case: digitizes(np.array([0.2, 6.4, 3.0, 1.6, -1.0, 10.0, nan]), np.array([0.0, 1.0, 2.5, 4.0, 10.0]))
#case: digitizes(np.array([0.2, 6.4, 3.0, 1.6, -1.0, 10.0]), np.array([10.0, 4.0, 2.5, 1.0, 0.0]))
#case: digitizes(np.array([0.2, 6.4]), np.array([1.0, 0.0, 2.0]))
#case: digitizes(np.array([0.2, 6.4]), np.array([1.0, 1.0]))
#case: digitizes(np.array([0.2, 6.4]), np.array([]))


def lexsorts(a, b, i, j):
    return np.lexsort((a, b)), np.lexsort((i, j, i)), np.lexsort((a,))


#case: lexsorts(np.array([1.0, 5.0, 1.0, 4.0, 3.0, 4.0, 4.0, nan]), np.array([9.0, 4.0, 0.0, 4.0, 0.0, 2.0, 1.0, 4.0]), np.array([1, 1, 2, 2, 1, 1, 2, 2]), np.array([0, 0, 0, 1, 1, 1, 0, 0]))
#case: lexsorts(np.array([1.0, 2.0]), np.array([1.0]), np.array([1, 2]), np.array([2, 1]))
#case: lexsorts(np.array([]), np.array([]), np.array([], dtype=np.int64), np.array([], dtype=np.int64))
