"""A variable holding an int on some paths and a float on others (`rt::Num`) with float64 and
complex128 arrays, and in the true division of int arrays: numpy's result type is the same for
either kind, and the value computes as the float it converts to (as NumPy converts a Python
int), in element-wise expressions, in-place updates and stores."""
import numpy as np

# export scale(float[], int, bool)
# export scale_2d(float[:,:], float, bool)
# export shift_complex(complex[], int, bool)
# export int_div(int[], float, bool)
# export mixed_expr(float[], int, bool)
# export big(float[], int, bool)


def pick(n, flag):
    x = n
    if flag:
        x = n / 4
    return x


def scale(a, n, flag):
    x = pick(n, flag)
    a *= x
    b = a + x
    return a, b, x


#case: scale(np.array([1.0, -2.5, 0.1]), 3, False)
#case: scale(np.array([1.0, -2.5, 0.1]), 3, True)
#case: scale(np.array([]), -7, False)
#case: scale(np.array([np.nan, np.inf]), 0, True)


def scale_2d(a, v, flag):
    x = 2
    if flag:
        x = v
    a[:] = a * x - x
    a[0] /= x
    return a, x


#case: scale_2d(np.arange(6.0).reshape(2, 3), 0.5, True)
#case: scale_2d(np.arange(6.0).reshape(2, 3), 0.5, False)
#case: scale_2d(np.arange(6.0).reshape(3, 2).T, -1.5, True)
#case: scale_2d(np.ones((2, 2)), 0.0, True)


def shift_complex(z, n, flag):
    x = pick(n, flag)
    z += x
    return z * x, x


#case: shift_complex(np.array([1 + 2j, -0.5j]), 5, False)
#case: shift_complex(np.array([1 + 2j, -0.5j]), 5, True)
#case: shift_complex(np.array([], dtype=complex), 1, True)


def int_div(a, v, flag):
    x = 3
    if flag:
        x = v
    return a / x, x


#case: int_div(np.array([1, 2, -7]), 0.5, True)
#case: int_div(np.array([1, 2, -7]), 0.5, False)
#case: int_div(np.array([1, 2, -7]), 0.0, True)
#case: int_div(np.array([], dtype=np.int64), 2.0, True)


def mixed_expr(a, n, flag):
    x = pick(n, flag)
    return np.sqrt(np.abs(a * x + 1)) - x / (a + 2), x


#case: mixed_expr(np.array([1.0, -3.0, 0.25]), 6, False)
#case: mixed_expr(np.array([1.0, -3.0, 0.25]), 6, True)
#case: mixed_expr(np.array([1.0, -3.0, 0.25]), -9, True)


def big(a, n, flag):
    x = n
    if flag:
        x = 0.5
    a += x
    return a, x


#case: big(np.zeros(2), 2**53 + 1, False)
#case: big(np.zeros(2), 2**63 - 1, False)
#case: big(np.zeros(2), -(2**63), False)
#case: big(np.zeros(2), 7, True)
