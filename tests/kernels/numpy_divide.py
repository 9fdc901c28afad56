"""numpy's `floor_divide`, `mod` and `remainder` of arrays and numpy scalars: Python's sign
rules, int division by zero 0 (numpy warns), float division by zero inf/nan."""

import numpy as np

# export divides(int[], int[])
# export divides_float(float[], float[])
# export divides_scalar(int[], float[])
# export divides_np_scalar(int[])


def divides(a, b):
    return np.floor_divide(a, b), np.mod(a, b), np.remainder(a, b), np.floor_divide(a, 3), np.mod(-7, b)


#case: divides(np.array([7, -7, 7, -7, 0, 5]), np.array([2, 2, -2, -2, 3, 0]))
#case: divides(np.array([-2**63, 2**63 - 1]), np.array([-1, 1]))
#case: divides(np.array([], dtype=np.int64), np.array([], dtype=np.int64))
#case: divides(np.array([1, 2]), np.array([1, 2, 3]))


def divides_float(x, y):
    return np.floor_divide(x, y), np.mod(x, y), np.remainder(x, 2.5), np.floor_divide(-1.0, y)


#case: divides_float(np.array([7.5, -7.5, 7.5, -7.5, 0.0, 1.0, -0.0, inf]), np.array([2.0, 2.0, -2.0, -2.0, 0.0, 0.0, 3.0, 2.0]))
#case: divides_float(np.array([1e300, 5e-324, nan]), np.array([1e-300, 2.0, 1.0]))


def divides_scalar(a, x):
    return np.floor_divide(x, a), np.mod(a, x), np.remainder(a[0], a[1]), np.floor_divide(x[0], a[0])


#case: divides_scalar(np.array([3, -2]), np.array([7.5, -7.5]))
#case: divides_scalar(np.array([3, 0]), np.array([7.5, -7.5]))


def divides_np_scalar(a):
    s = a.sum()
    return np.floor_divide(s, 4), np.mod(s, -4), np.floor_divide(s, 0), np.remainder(s, 0)


#case: divides_np_scalar(np.array([3, 6, 2]))
#case: divides_np_scalar(np.array([-3, -6, 2]))
