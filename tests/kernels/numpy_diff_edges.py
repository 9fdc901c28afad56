"""`np.diff(a, n, axis, prepend=, append=)`: a number broadcast to one slice along the axis or
an array joined to `a` as numpy's concatenate first (only for `n > 0`), int/float/bool arrays,
2-D along either axis, numpy's errors (negative `n`, shapes that do not join)."""

import numpy as np

# export diff_num(float[], int)
# export diff_int(int[], int)
# export diff_2d(float[:,:], int)
# export diff_arrays(int[:,:], int[:,:], int[:,:])
# export diff_bool(bool[])
# export diff_keep(float[], float[])


def diff_num(a, n):
    return np.diff(a, n, prepend=0.0), np.diff(a, n=n, append=-1.5), np.diff(a, n, prepend=2, append=np.nan)


#case: diff_num(np.array([1.0, 4.0, 9.0, 16.0]), 1)
#case: diff_num(np.array([1.0, 4.0, 9.0, 16.0]), 3)
#case: diff_num(np.array([1.0, 4.0, 9.0, 16.0]), 7)
#case: diff_num(np.array([1.0, 4.0, 9.0, 16.0]), -1)
#case: diff_num(np.array([]), 1)


def diff_int(a, n):
    return np.diff(a, n, prepend=0), np.diff(a, append=a[0]), np.diff(a, prepend=True)


#case: diff_int(np.array([3, -1, 4, 1, 5]), 1)
#case: diff_int(np.array([3, -1, 4, 1, 5]), 2)
#case: diff_int(np.array([-2**63, 2**63 - 1]), 1)


def diff_2d(m, k):
    return np.diff(m, axis=k, prepend=0.5), np.diff(m, 2, k, append=1.0)


#case: diff_2d(np.arange(12.0).reshape(3, 4) ** 2, 0)
#case: diff_2d(np.arange(12.0).reshape(3, 4) ** 2, 1)
#case: diff_2d(np.arange(12.0).reshape(3, 4) ** 2, -1)
#case: diff_2d(np.arange(12.0).reshape(3, 4) ** 2, 2)


def diff_arrays(m, p, q):
    return np.diff(m, axis=0, prepend=p, append=q), np.diff(m, axis=1, prepend=p.T)


#case: diff_arrays(np.arange(6).reshape(2, 3), np.array([[0, 0, 0]]), np.array([[9, 9, 9], [1, 2, 3]]))
#case: diff_arrays(np.arange(6).reshape(2, 3), np.array([[0, 0]]), np.array([[9, 9, 9]]))


def diff_bool(b):
    return np.diff(b, prepend=False), np.diff(b, append=True)


#case: diff_bool(np.array([True, True, False, True]))


def diff_keep(a, p):
    return np.diff(a, prepend=p), np.diff(a, n=2, append=p[::-1])


#case: diff_keep(np.array([1.0, 2.5, -3.0]), np.array([0.5, 0.25]))
#case: diff_keep(np.array([1.0]), np.array([]))
