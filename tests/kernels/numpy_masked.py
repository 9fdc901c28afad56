"""numpy masked arrays (`np.ma`) are refused with TypeError: compiled code reads the data and
would silently ignore the mask (CPython computes with the mask). Plain arrays pass as always."""

import numpy as np

# export total(float[])


def total(a):
    return a.sum()


#case: total(np.array([1.0, 2.0, 4.0]))
#deviates: total(np.ma.array([1.0, 2.0, 4.0], mask=[0, 1, 0])) -> TypeError
#deviates: total(np.ma.array([1.0, 2.0, 4.0])) -> TypeError

# export scale(float[:,:], float)


def scale(a, s):
    a *= s


#case: scale(np.ones((2, 3)), 2.0)
#deviates: scale(np.ma.masked_invalid(np.array([[1.0, nan], [3.0, 4.0]])), 2.0) -> TypeError
