"""Array elements are numpy scalars in CPython: numpy's arithmetic, not Python's."""

# export elem_div(float[], int)
# export elem_div_int(int[], int)
# export elem_wrap(int[])
# export elem_floor(float[], float)
# export mean_or_raise(float[])
# export elem_pow(int[], int)
# export elem_neg_abs(int[])


def elem_div(a, i):
    # np.float64 / 0.0 is inf (with a RuntimeWarning), not ZeroDivisionError
    return a[i] / 0.0, a[i] / a[i], -a[i] / 0


#case: elem_div(np.array([1.5, -2.0, 0.0]), 0)
#case: elem_div(np.array([1.5, -2.0, 0.0]), 1)
#case: elem_div(np.array([1.5, -2.0, 0.0]), 2)


def elem_div_int(a, d):
    # np.int64 // 0 and % 0 are 0; / 0 is inf
    return a[0] // d, a[0] % d, a[0] / d


#case: elem_div_int(np.array([7, 3]), 0)
#case: elem_div_int(np.array([-7, 3]), 2)
#case: elem_div_int(np.array([-7, 3]), -2)


def elem_wrap(a):
    # int64 elements wrap around like numpy, they do not overflow into big ints
    return a[0] * a[1], a[0] + a[0], a[1] - a[0]


#case: elem_wrap(np.array([2**62, 4]))
#case: elem_wrap(np.array([-2**63, -1]))
#case: elem_wrap(np.array([3, 4]))


def elem_floor(a, d):
    return a[0] // d, a[0] % d


#case: elem_floor(np.array([7.5]), 0.0)
#case: elem_floor(np.array([-7.5]), 2.0)
#case: elem_floor(np.array([7.5]), -2.0)


def mean_or_raise(a):
    # s is a Python float if the loop never runs (then s / n raises) and a numpy float otherwise
    s = 0.0
    for i in range(len(a)):
        s += a[i]
    return s / len(a)


#case: mean_or_raise(np.array([1.0, 2.0, 4.0]))
#case: mean_or_raise(np.zeros(0))


def elem_pow(a, k):
    return a[0] ** k


#case: elem_pow(np.array([3]), 4)
#case: elem_pow(np.array([3]), -1)
#case: elem_pow(np.array([2]), 64)


def elem_neg_abs(a):
    return -a[0], abs(a[0])


#case: elem_neg_abs(np.array([-5]))
#case: elem_neg_abs(np.array([-2**63]))
