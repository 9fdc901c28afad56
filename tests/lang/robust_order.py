"""Evaluation order as CPython's: `x[i] = value` evaluates the value before the index is
checked; an array store checks the index before converting the value (numpy); the shapes
of an array expression's operands are checked where CPython evaluates the operation."""

import math

import numpy as np

# export list_store(int list, int, int)
# export list_store2(float list list, int, int, int)
# export dict_store(str:int dict, str, int)
# export array_store_int8(int8[], int, int)
# export array_store_float_to_int(int[], int, float)
# export array_store_2d(int8[:,:], int, int, int)
# export array_store_div(float[], int, int)
# export shapes_first(float[], float[], int)
# export shapes_nested(float[], float[], float[], int)
# export scalar_first(float[], float[], int)


def list_store(row, i, z):
    row[i] = 1 // z
    return row


#case: list_store([1, 2, 3], 5, 0)
#case: list_store([1, 2, 3], 5, 1)
#case: list_store([1, 2, 3], 1, 0)
#case: list_store([1, 2, 3], -1, 2)


def list_store2(m, i, j, z):
    m[i][j] = 1.0 / z
    return m


#case: list_store2([[1.0, 2.0]], 3, 0, 0)
#case: list_store2([[1.0, 2.0]], 0, 7, 0)
#case: list_store2([[1.0, 2.0]], 0, 7, 2)
#case: list_store2([[1.0, 2.0]], 0, 1, 4)


def dict_store(d, k, z):
    d[k] = 10 % z
    return d


#case: dict_store({"a": 1}, "b", 0)
#case: dict_store({"a": 1}, "b", 3)


def array_store_int8(a, i, v):
    a[i] = v
    return a


#case: array_store_int8(np.zeros(3, np.int8), 5, 1000)
#case: array_store_int8(np.zeros(3, np.int8), 0, 1000)
#case: array_store_int8(np.zeros(3, np.int8), -4, -1000)
#case: array_store_int8(np.zeros(3, np.int8), 2, -128)


def array_store_float_to_int(a, i, x):
    a[i] = x
    return a


#case: array_store_float_to_int(np.zeros(3, np.int64), 5, math.nan)
#case: array_store_float_to_int(np.zeros(3, np.int64), 5, math.inf)
#case: array_store_float_to_int(np.zeros(3, np.int64), 0, math.nan)
#case: array_store_float_to_int(np.zeros(3, np.int64), 1, 2.5)


def array_store_2d(a, i, j, v):
    a[i, j] = v
    return a


#case: array_store_2d(np.zeros((2, 2), np.int8), 0, 3, 300)
#case: array_store_2d(np.zeros((2, 2), np.int8), 0, 1, 300)
#case: array_store_2d(np.zeros((2, 2), np.int8), 0, 1, 100)


def array_store_div(a, i, z):
    a[i] = 1 // z
    return a


#case: array_store_div(np.zeros(3), 5, 0)
#case: array_store_div(np.zeros(3), 5, 1)


def shapes_first(a, b, z):
    return (a + b) * (1 // z)


#case: shapes_first(np.ones(2), np.ones(3), 0)
#case: shapes_first(np.ones(2), np.ones(2), 0)
#case: shapes_first(np.ones(2), np.ones(2), 3)


def shapes_nested(a, b, c, z):
    return a * 2.0 + (b - c) / (1 // z)


#case: shapes_nested(np.ones(2), np.ones(3), np.ones(3), 0)
#case: shapes_nested(np.ones(2), np.ones(2), np.ones(3), 0)
#case: shapes_nested(np.ones(2), np.ones(2), np.ones(2), 0)
#case: shapes_nested(np.ones(2), np.ones(2), np.ones(2), 1)


def scalar_first(a, b, z):
    return a + (1 // z) * b


#case: scalar_first(np.ones(2), np.ones(3), 0)
#case: scalar_first(np.ones(2), np.ones(3), 1)


# export flat_store8(int8[], int, int)
# export flat_store_f(float[:,:], int, float)
# export flat_store_div(float[], int, int)
def flat_store8(a, k, v):
    a.flat[k] = v
    return a


#case: flat_store8(np.zeros(3, np.int8), 5, 1000)
#case: flat_store8(np.zeros(3, np.int8), 1, 1000)
#case: flat_store8(np.zeros(3, np.int8), -4, -1000)
#case: flat_store8(np.zeros(3, np.int8), -1, -100)


def flat_store_f(a, k, x):
    a.flat[k] = x * 2
    return a


#case: flat_store_f(np.zeros((2, 2)), 3, 1.5)
#case: flat_store_f(np.zeros((2, 2)), 4, 1.5)


def flat_store_div(a, k, n):
    # the value first: ZeroDivisionError, not IndexError
    a.flat[k] = 1 // n
    return a


#case: flat_store_div(np.zeros(2), 5, 0)
#case: flat_store_div(np.zeros(2), 1, 1)
