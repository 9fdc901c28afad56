"""`np.insert(a, i, v)` and `np.delete(a, i)` of the flattened array (seed 001's
`np.cumsum(np.insert(x, 0, 0))`): one position, or several (a list or array of ints, a boolean
mask for delete; insert's positions sorted stably and shifted as numpy shifts them): new arrays,
numpy's IndexError out of bounds and ValueError for a mask of another length. With `axis=`: rows,
columns, planes of N-d arrays; inserted values a number, a list or an array broadcast into the new
slots as numpy does (a scalar position moves the values' first axis to `axis`), AxisError."""

import numpy as np

# export moving_average_numpy(float[], int)


def moving_average_numpy(x, window_width):
    cumsum = np.cumsum(np.insert(x, 0, 0))
    return (cumsum[window_width:] - cumsum[:-window_width]) / window_width


#case: moving_average_numpy(np.arange(10.0), 3)
#case: moving_average_numpy(np.array([1.0, -2.0, 3.5]), 1)

# export ins(int[], int, int)
# export ins(float[:,:], int, float)


def ins(a, i, v):
    return np.insert(a, i, v)


#case: ins(np.arange(4), 0, 9)
#case: ins(np.arange(4), 4, 9)
#case: ins(np.arange(4), -1, 9)
#case: ins(np.arange(4), -4, 9)
#case: ins(np.arange(4), 5, 9)
#case: ins(np.arange(4), -5, 9)
#case: ins(np.zeros(0, dtype=np.int64), 0, 7)
#case: ins(np.ones((2, 3)), 2, 0.5)

# export dele(int[], int)
# export dele(float[:,:], int)


def dele(a, i):
    return np.delete(a, i)


#case: dele(np.arange(4), 0)
#case: dele(np.arange(4), 3)
#case: dele(np.arange(4), -1)
#case: dele(np.arange(4), 4)
#case: dele(np.arange(4), -5)
#case: dele(np.zeros(0, dtype=np.int64), 0)
#case: dele(np.arange(6.0).reshape(2, 3), 4)

# export dele_many(float[], int list)
# export dele_many(int[:, :], int[])
# export dele_many(float[], bool[])


def dele_many(a, idx):
    return np.delete(a, idx)


#case: dele_many(np.arange(6.0), [0, 2, -1])
#case: dele_many(np.arange(6.0), [1, 1, 1])
#case: dele_many(np.arange(6.0), [])
#case: dele_many(np.arange(6.0), [6])
#case: dele_many(np.arange(6.0), [-7, 0])
#case: dele_many(np.arange(12).reshape(3, 4), np.array([11, 0, 5]))
#case: dele_many(np.arange(4.0), np.array([True, False, True, False]))
#case: dele_many(np.arange(4.0), np.array([True, False]))

# export ins_many(int[], int list, int)
# export ins_many(float[], int[], float)


def ins_many(a, idx, v):
    return np.insert(a, idx, v)


#case: ins_many(np.arange(5), [0, 2, 5], 9)
#case: ins_many(np.arange(5), [3, 1, 3], -1)
#case: ins_many(np.arange(5), [-1, -5], 7)
#case: ins_many(np.arange(5), [2], 7)
#case: ins_many(np.arange(5), [], 7)
#case: ins_many(np.arange(5), [6, 0], 7)
#case: ins_many(np.arange(5), [-9, 0], 7)
#case: ins_many(np.arange(5.0), np.array([4, 0, 4]), 0.5)

# export dele_axis(float[::, ::], int, int)
# export dele_axis(int[:,:,:], int, int)
# export dele_axis(float[:,:], int list, int)
# export dele_axis(int[:,:,:], int[], int)
# export dele_axis(float[:,:], bool[], int)


def dele_axis(a, idx, axis):
    return np.delete(a, idx, axis=axis)


#case: dele_axis(np.arange(12.0).reshape(3, 4), 1, 0)
#case: dele_axis(np.arange(12.0).reshape(3, 4), -1, 1)
#case: dele_axis(np.arange(12.0).reshape(3, 4), 3, 0)
#case: dele_axis(np.arange(12.0).reshape(3, 4), 0, 2)
#case: dele_axis(np.arange(12.0).reshape(3, 4), 0, -3)
#case: dele_axis(np.arange(12.0).reshape(3, 4)[::-1, ::2], 1, 1)
#case: dele_axis(np.arange(24).reshape(2, 3, 4), 2, 1)
#case: dele_axis(np.arange(24).reshape(2, 3, 4), -4, 2)
#case: dele_axis(np.arange(24).reshape(2, 3, 4), 2, -2)
#case: dele_axis(np.arange(12.0).reshape(3, 4), [0, 2], 1)
#case: dele_axis(np.arange(12.0).reshape(3, 4), [5], 1)
#case: dele_axis(np.arange(12.0).reshape(3, 4), [5, 0], 1)
#case: dele_axis(np.arange(12.0).reshape(3, 4), [], 0)
#case: dele_axis(np.arange(24).reshape(2, 3, 4), np.array([0, -1, 0]), 2)
#case: dele_axis(np.arange(12.0).reshape(3, 4), np.array([True, False, True]), 0)
#case: dele_axis(np.arange(12.0).reshape(3, 4), np.array([True, False, True]), 1)
#case: dele_axis(np.zeros((0, 3)), [], 0)
#case: dele_axis(np.zeros((0, 3)), 1, 1)

# export dele_axis_none(float[:,:], int)


def dele_axis_none(a, i):
    return np.delete(a, i, None)


#case: dele_axis_none(np.arange(6.0).reshape(2, 3), 5)
#case: dele_axis_none(np.arange(6.0).reshape(2, 3), 6)

# export ins_axis(float[::, ::], int, float, int)
# export ins_axis(int[:,:,:], int, int, int)
# export ins_axis(float[:,:], int list, float, int)
# export ins_axis(float[:,:], int, float list, int)
# export ins_axis(float[:,:], int list, float list, int)
# export ins_axis(float[:,:], int, float[], int)
# export ins_axis(float[:,:], int, float[:,:], int)
# export ins_axis(float[:,:], int list, float[:,:], int)
# export ins_axis(int[:,:,:], int[], int[:,:], int)
# export ins_axis(float[:,:], int, int[], int)


def ins_axis(a, i, v, axis):
    return np.insert(a, i, v, axis=axis)


#case: ins_axis(np.arange(12.0).reshape(3, 4), 1, 0.5, 0)
#case: ins_axis(np.arange(12.0).reshape(3, 4), 4, 0.5, 1)
#case: ins_axis(np.arange(12.0).reshape(3, 4), -4, 0.5, 1)
#case: ins_axis(np.arange(12.0).reshape(3, 4), 5, 0.5, 1)
#case: ins_axis(np.arange(12.0).reshape(3, 4), -5, 0.5, 1)
#case: ins_axis(np.arange(12.0).reshape(3, 4), 0, 0.5, 2)
#case: ins_axis(np.arange(12.0).reshape(3, 4)[::-1, ::2], 1, 0.5, -1)
#case: ins_axis(np.arange(24).reshape(2, 3, 4), 1, 7, 1)
#case: ins_axis(np.arange(24).reshape(2, 3, 4), 4, -7, 2)
#case: ins_axis(np.arange(12.0).reshape(3, 4), [0, 2, 4], 0.5, 1)
#case: ins_axis(np.arange(12.0).reshape(3, 4), [3, 0, 3], 0.5, 0)
#case: ins_axis(np.arange(12.0).reshape(3, 4), [5], 0.5, 0)
#case: ins_axis(np.arange(12.0).reshape(3, 4), [], 0.5, 0)
#case: ins_axis(np.arange(12.0).reshape(3, 4), 1, [1.0, 2.0, 3.0, 4.0], 0)
#case: ins_axis(np.arange(12.0).reshape(3, 4), 1, [1.0, 2.0, 3.0], 1)
#case: ins_axis(np.arange(12.0).reshape(3, 4), 1, [1.0, 2.0, 3.0], 0)
#case: ins_axis(np.arange(12.0).reshape(3, 4), [1], [1.0, 2.0, 3.0, 4.0], 0)
#case: ins_axis(np.arange(12.0).reshape(3, 4), [1], [1.0, 2.0, 3.0], 1)
#case: ins_axis(np.arange(12.0).reshape(3, 4), [1, 3], [1.0, 2.0, 3.0], 1)
#case: ins_axis(np.arange(12.0).reshape(3, 4), [1, 3], [1.0, 2.0], 1)
#case: ins_axis(np.arange(12.0).reshape(3, 4), [1, 3], np.array([[1.0], [2.0], [3.0]]), 1)
#case: ins_axis(np.arange(12.0).reshape(3, 4), 2, np.array([9.0, 8.0, 7.0]), 1)
#case: ins_axis(np.arange(12.0).reshape(3, 4), 2, np.array([[9.0, 8.0], [7.0, 6.0], [5.0, 4.0]]), 1)
#case: ins_axis(np.arange(12.0).reshape(3, 4), 2, np.array([[9.0, 8.0, 7.0, 6.0], [5.0, 4.0, 3.0, 2.0]]), 0)
#case: ins_axis(np.arange(12.0).reshape(3, 4), 2, np.array([[9.0, 8.0, 7.0, 6.0], [5.0, 4.0, 3.0, 2.0]]), 1)
#case: ins_axis(np.arange(12.0).reshape(3, 4), [0, 1], np.array([[9.0, 8.0], [7.0, 6.0], [5.0, 4.0]]), 1)
#case: ins_axis(np.arange(12.0).reshape(3, 4), [0, 9], np.array([[9.0, 8.0], [7.0, 6.0], [5.0, 4.0]]), 1)
#case: ins_axis(np.arange(24).reshape(2, 3, 4), np.array([0, 3]), np.array([[1, 2], [3, 4], [5, 6]]), 2)
#case: ins_axis(np.arange(12.0).reshape(3, 4), 0, np.array([1, 2, 3, 4]), 0)
#case: ins_axis(np.zeros((0, 2)), 0, 1.5, 0)
