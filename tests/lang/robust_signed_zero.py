"""Which of equal values comes out of numpy's max/min, where the values are `0.0` and `-0.0`:
numpy's loops return the second operand of equal ones, and its reductions run in SIMD lanes
(every lane starts from the first element, lanes fold by halving, a strided or outer-axis
reduction goes one by one) — the sign of a zero result is numpy's on this machine. CPython's
`max()`/`min()` keep the first of equal items."""

import numpy as np

# export np_max(float[])
# export np_min(float[])
# export np_max32(float32[])
# export np_min32(float32[])
# export max_method(float[])
# export max_strided(float[])
# export min_strided(float[])
# export max_expr(float[], float[])
# export min_expr(float[])
# export full_2d(float[:,:])
# export axis_2d(float[:,:], int)
# export axis_max_2d(float[:,:], int)
# export elementwise(float[], float[])
# export builtins(float, float)
# export builtins_list(float list)


def np_max(a):
    return np.max(a)


def np_min(a):
    return np.min(a)


#case: np_max(np.array([0.0, -0.0]))
#case: np_max(np.array([-0.0, 0.0]))
#case: np_max(np.array([0.0, -0.0, -0.0, -0.0, -1.0, -0.0, 0.0, -0.0, -1.0]))
#case: np_min(np.array([-0.0, 1.0, 1.0, 0.0, 1.0]))
#case: np_min(np.array([0.0, -0.0, 0.0]))
#case: np_max(np.array([(-0.0 if (i * 7) % 3 else 0.0) for i in range(5)]))
#case: np_max(np.array([(-0.0 if (i * 7) % 3 else 0.0) for i in range(9)]))
#case: np_max(np.array([(-0.0 if (i * 7) % 3 else 0.0) for i in range(33)]))
#case: np_max(np.array([(-0.0 if (i * 7) % 3 else 0.0) for i in range(40)]))
#case: np_max(np.array([(-0.0 if (i * 7) % 3 else 0.0) for i in range(70)]))
#case: np_max(np.array([(-0.0 if (i * 7) % 3 else 0.0) for i in range(131)]))
#case: np_max(np.array([(-0.0 if (i * 7) % 3 else 0.0) for i in range(1000)]))
#case: np_max(np.array([(-0.0 if (i * 7) % 3 else 0.0) - (i % 5 == 4) for i in range(5)]))
#case: np_max(np.array([(-0.0 if (i * 7) % 3 else 0.0) - (i % 5 == 4) for i in range(9)]))
#case: np_max(np.array([(-0.0 if (i * 7) % 3 else 0.0) - (i % 5 == 4) for i in range(33)]))
#case: np_max(np.array([(-0.0 if (i * 7) % 3 else 0.0) - (i % 5 == 4) for i in range(40)]))
#case: np_max(np.array([(-0.0 if (i * 7) % 3 else 0.0) - (i % 5 == 4) for i in range(70)]))
#case: np_max(np.array([(-0.0 if (i * 7) % 3 else 0.0) - (i % 5 == 4) for i in range(131)]))
#case: np_max(np.array([(-0.0 if (i * 7) % 3 else 0.0) - (i % 5 == 4) for i in range(1000)]))
#case: np_min(np.array([(0.0 if (i * 5) % 7 > 2 else -0.0) + (i % 3 == 2) for i in range(5)]))
#case: np_min(np.array([(0.0 if (i * 5) % 7 > 2 else -0.0) + (i % 3 == 2) for i in range(6)]))
#case: np_min(np.array([(0.0 if (i * 5) % 7 > 2 else -0.0) + (i % 3 == 2) for i in range(17)]))
#case: np_min(np.array([(0.0 if (i * 5) % 7 > 2 else -0.0) + (i % 3 == 2) for i in range(33)]))
#case: np_min(np.array([(0.0 if (i * 5) % 7 > 2 else -0.0) + (i % 3 == 2) for i in range(64)]))
#case: np_min(np.array([(0.0 if (i * 5) % 7 > 2 else -0.0) + (i % 3 == 2) for i in range(97)]))
#case: np_min(np.array([(0.0 if (i * 5) % 7 > 2 else -0.0) + (i % 3 == 2) for i in range(1003)]))
#case: np_max(np.array([0.0, -0.0, nan, 0.0]))
#case: np_max(np.array([], dtype=np.float64))


def np_max32(a):
    return float(np.max(a))


def np_min32(a):
    return float(np.min(a))


#case: np_max32(np.array([(-0.0 if (i * 7) % 3 else 0.0) for i in range(5)], dtype=np.float32))
#case: np_max32(np.array([(-0.0 if (i * 7) % 3 else 0.0) for i in range(9)], dtype=np.float32))
#case: np_max32(np.array([(-0.0 if (i * 7) % 3 else 0.0) for i in range(17)], dtype=np.float32))
#case: np_max32(np.array([(-0.0 if (i * 7) % 3 else 0.0) for i in range(70)], dtype=np.float32))
#case: np_min32(np.array([(0.0 if (i * 5) % 7 > 2 else -0.0) + (i % 3 == 2) for i in range(9)], dtype=np.float32))
#case: np_min32(np.array([(0.0 if (i * 5) % 7 > 2 else -0.0) + (i % 3 == 2) for i in range(10)], dtype=np.float32))
#case: np_min32(np.array([(0.0 if (i * 5) % 7 > 2 else -0.0) + (i % 3 == 2) for i in range(33)], dtype=np.float32))
#case: np_min32(np.array([(0.0 if (i * 5) % 7 > 2 else -0.0) + (i % 3 == 2) for i in range(200)], dtype=np.float32))


def max_method(a):
    return a.max(), a.min()


#case: max_method(np.array([-0.0, 1.0, 1.0, 0.0, 1.0]) - 1.0)
#case: max_method(np.array([(-0.0 if (i * 7) % 3 else 0.0) - (i % 5 == 4) for i in range(9)]))
#case: max_method(np.array([(-0.0 if (i * 7) % 3 else 0.0) - (i % 5 == 4) for i in range(40)]))


def max_strided(a):
    return np.max(a[::2])


def min_strided(a):
    return np.min(a[::-3])


#case: max_strided(np.array([(-0.0 if (i * 7) % 3 else 0.0) - (i % 5 == 4) for i in range(5)]))
#case: max_strided(np.array([(-0.0 if (i * 7) % 3 else 0.0) - (i % 5 == 4) for i in range(18)]))
#case: max_strided(np.array([(-0.0 if (i * 7) % 3 else 0.0) - (i % 5 == 4) for i in range(40)]))
#case: max_strided(np.array([(-0.0 if (i * 7) % 3 else 0.0) - (i % 5 == 4) for i in range(77)]))
#case: min_strided(np.array([(0.0 if (i * 5) % 7 > 2 else -0.0) + (i % 3 == 2) for i in range(5)]))
#case: min_strided(np.array([(0.0 if (i * 5) % 7 > 2 else -0.0) + (i % 3 == 2) for i in range(18)]))
#case: min_strided(np.array([(0.0 if (i * 5) % 7 > 2 else -0.0) + (i % 3 == 2) for i in range(40)]))
#case: min_strided(np.array([(0.0 if (i * 5) % 7 > 2 else -0.0) + (i % 3 == 2) for i in range(77)]))


def max_expr(a, b):
    return np.max(a * b), np.min(a + b)


def min_expr(a):
    return np.min(-a)


#case: max_expr(np.array([(-0.0 if (i * 7) % 3 else 0.0) - (i % 5 == 4) for i in range(5)]), np.ones(5))
#case: max_expr(np.array([(-0.0 if (i * 7) % 3 else 0.0) - (i % 5 == 4) for i in range(9)]), np.ones(9))
#case: max_expr(np.array([(-0.0 if (i * 7) % 3 else 0.0) - (i % 5 == 4) for i in range(40)]), np.ones(40))
#case: min_expr(np.array([(0.0 if (i * 5) % 7 > 2 else -0.0) - (i % 3 == 2) for i in range(5)]))
#case: min_expr(np.array([(0.0 if (i * 5) % 7 > 2 else -0.0) - (i % 3 == 2) for i in range(9)]))
#case: min_expr(np.array([(0.0 if (i * 5) % 7 > 2 else -0.0) - (i % 3 == 2) for i in range(40)]))


def full_2d(a):
    return np.max(a), np.min(a), np.max(a.T), np.min(a[:, 1:]), np.max(a[::2, ::2])


#case: full_2d(np.array([[(-0.0 if (i * 7 + j) % 3 else 0.0) for j in range(5)] for i in range(1)]))
#case: full_2d(np.array([[(-0.0 if (i * 7 + j) % 3 else 0.0) for j in range(4)] for i in range(3)]))
#case: full_2d(np.array([[(-0.0 if (i * 7 + j) % 3 else 0.0) for j in range(9)] for i in range(5)]))
#case: full_2d(np.array([[(-0.0 if (i * 7 + j) % 3 else 0.0) for j in range(33)] for i in range(4)]))
#case: full_2d(np.array([[(-0.0 if (i * 7 + j) % 3 else 0.0) for j in range(7)] for i in range(9)]))
#case: full_2d(np.array([[(0.0 if (i + j * 5) % 7 > 2 else -0.0) + ((i + j) % 4 == 1) for j in range(5)] for i in range(2)]) * -1.0)
#case: full_2d(np.array([[(0.0 if (i + j * 5) % 7 > 2 else -0.0) + ((i + j) % 4 == 1) for j in range(9)] for i in range(3)]) * -1.0)
#case: full_2d(np.array([[(0.0 if (i + j * 5) % 7 > 2 else -0.0) + ((i + j) % 4 == 1) for j in range(17)] for i in range(6)]) * -1.0)


def axis_2d(a, ax):
    return np.min(a, axis=ax)


def axis_max_2d(a, ax):
    return a.max(axis=ax), np.max(a.T, axis=ax)


#case: axis_2d(np.array([[(0.0 if (i + j * 5) % 7 > 2 else -0.0) + ((i + j) % 4 == 1) for j in range(5)] for i in range(2)]), 0)
#case: axis_2d(np.array([[(0.0 if (i + j * 5) % 7 > 2 else -0.0) + ((i + j) % 4 == 1) for j in range(5)] for i in range(2)]), 1)
#case: axis_2d(np.array([[(0.0 if (i + j * 5) % 7 > 2 else -0.0) + ((i + j) % 4 == 1) for j in range(5)] for i in range(2)]), -1)
#case: axis_2d(np.array([[(0.0 if (i + j * 5) % 7 > 2 else -0.0) + ((i + j) % 4 == 1) for j in range(9)] for i in range(3)]), 0)
#case: axis_2d(np.array([[(0.0 if (i + j * 5) % 7 > 2 else -0.0) + ((i + j) % 4 == 1) for j in range(9)] for i in range(3)]), 1)
#case: axis_2d(np.array([[(0.0 if (i + j * 5) % 7 > 2 else -0.0) + ((i + j) % 4 == 1) for j in range(9)] for i in range(3)]), -1)
#case: axis_2d(np.array([[(0.0 if (i + j * 5) % 7 > 2 else -0.0) + ((i + j) % 4 == 1) for j in range(17)] for i in range(6)]), 0)
#case: axis_2d(np.array([[(0.0 if (i + j * 5) % 7 > 2 else -0.0) + ((i + j) % 4 == 1) for j in range(17)] for i in range(6)]), 1)
#case: axis_2d(np.array([[(0.0 if (i + j * 5) % 7 > 2 else -0.0) + ((i + j) % 4 == 1) for j in range(17)] for i in range(6)]), -1)
#case: axis_2d(np.array([[(0.0 if (i + j * 5) % 7 > 2 else -0.0) + ((i + j) % 4 == 1) for j in range(40)] for i in range(9)]), 0)
#case: axis_2d(np.array([[(0.0 if (i + j * 5) % 7 > 2 else -0.0) + ((i + j) % 4 == 1) for j in range(40)] for i in range(9)]), 1)
#case: axis_2d(np.array([[(0.0 if (i + j * 5) % 7 > 2 else -0.0) + ((i + j) % 4 == 1) for j in range(40)] for i in range(9)]), -1)
#case: axis_max_2d(np.array([[(-0.0 if (i * 7 + j) % 3 else 0.0) - ((i + j) % 4 == 1) for j in range(5)] for i in range(2)]), 0)
#case: axis_max_2d(np.array([[(-0.0 if (i * 7 + j) % 3 else 0.0) - ((i + j) % 4 == 1) for j in range(5)] for i in range(2)]), 1)
#case: axis_max_2d(np.array([[(-0.0 if (i * 7 + j) % 3 else 0.0) - ((i + j) % 4 == 1) for j in range(9)] for i in range(3)]), 0)
#case: axis_max_2d(np.array([[(-0.0 if (i * 7 + j) % 3 else 0.0) - ((i + j) % 4 == 1) for j in range(9)] for i in range(3)]), 1)
#case: axis_max_2d(np.array([[(-0.0 if (i * 7 + j) % 3 else 0.0) - ((i + j) % 4 == 1) for j in range(17)] for i in range(6)]), 0)
#case: axis_max_2d(np.array([[(-0.0 if (i * 7 + j) % 3 else 0.0) - ((i + j) % 4 == 1) for j in range(17)] for i in range(6)]), 1)
#case: axis_max_2d(np.array([[(-0.0 if (i * 7 + j) % 3 else 0.0) - ((i + j) % 4 == 1) for j in range(40)] for i in range(9)]), 0)
#case: axis_max_2d(np.array([[(-0.0 if (i * 7 + j) % 3 else 0.0) - ((i + j) % 4 == 1) for j in range(40)] for i in range(9)]), 1)


def elementwise(a, b):
    return np.maximum(a, b), np.minimum(a, b)


#case: elementwise(np.array([0.0, -0.0, 0.0, -0.0, nan, 1.0]), np.array([-0.0, 0.0, 0.0, -0.0, 1.0, -nan]))


def builtins(x, y):
    return max(x, y), min(x, y), max(x, y, 0.0), min(-0.0, x, y)


#case: builtins(0.0, -0.0)
#case: builtins(-0.0, 0.0)
#case: builtins(nan, -0.0)


def builtins_list(v):
    return max(v), min(v)


#case: builtins_list([0.0, -0.0, 0.0])
#case: builtins_list([-0.0, 0.0, -0.0])
