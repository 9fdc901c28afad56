"""`np.insert(a, i, v)` and `np.delete(a, i)` of one position of the flattened array (seed 001's
`np.cumsum(np.insert(x, 0, 0))`): new arrays, numpy's IndexError out of bounds."""

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
