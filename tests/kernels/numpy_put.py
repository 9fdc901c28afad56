"""`np.put(a, ind, v, mode)`: elements at flat C-order positions set in place (values cycled,
converted to the array's dtype), negative indices, 'raise' (IndexError after the earlier
writes), 'wrap', 'clip', 2-D arrays, empty indices, values and arrays."""

import numpy as np

# export put_float(float[], int[], float[])
# export put_int(int[], int[], float[])
# export put_modes(int[], int[])
# export put_2d(float[:,:], int)
# export put_scalar(int[], int, int)


def put_float(a, ind, v):
    r = np.put(a, ind, v)
    return a, r


#case: put_float(np.arange(5.0), np.array([0, -1, 2]), np.array([9.5, 8.5]))
#case: put_float(np.arange(5.0), np.array([0, 7, 1]), np.array([9.0, 8.0, 7.0]))
#case: put_float(np.arange(5.0), np.array([0, -6]), np.array([9.0]))
#case: put_float(np.arange(5.0), np.array([], dtype=np.int64), np.array([1.0]))
#case: put_float(np.arange(5.0), np.array([1, 2]), np.array([]))
#case: put_float(np.zeros(0), np.array([0]), np.array([1.0]))
#case: put_float(np.zeros(0), np.array([], dtype=np.int64), np.array([1.0]))


def put_int(a, ind, v):
    np.put(a, ind, v.astype(np.int64))
    return a


#case: put_int(np.arange(5), np.array([0, 1, 4]), np.array([9.7, -2.5]))


def put_modes(a, ind):
    b = a.copy()
    c = a.copy()
    np.put(b, ind, np.array([-1, -2, -3]), mode="wrap")
    np.put(c, ind, np.array([-1, -2, -3]), mode="clip")
    return b, c


#case: put_modes(np.arange(5), np.array([0, 7, -9]))
#case: put_modes(np.arange(5), np.array([12, -1, 4, 5]))


def put_2d(m, k):
    np.put(m, k, -1.0)
    np.put(m, np.array([0, 5]), np.array([7, 8]))
    return m


#case: put_2d(np.arange(6.0).reshape(2, 3), 4)
#case: put_2d(np.arange(6.0).reshape(2, 3), -6)
#case: put_2d(np.arange(6.0).reshape(2, 3), 6)


def put_scalar(a, k, v):
    np.put(a, k, v, "clip")
    np.put(a, k - 1, True)
    return a


#case: put_scalar(np.arange(4), 2, 7)
#case: put_scalar(np.arange(4), 100, -7)
