"""numpy's `fmod` (C's remainder: the dividend's sign; int division by zero 0, float NaN, numpy
warns) and `divmod` (`floor_divide` and `remainder` at once: Python's sign rules) of arrays and
scalars, int64/int32/int8/float64/float32, broadcasting and strided views."""

import numpy as np

# export fmod_int(int[], int[])
# export fmod_float(float[], float[])
# export fmod_f32(float32[], float32[])
# export fmod_sized(int32[], int8[])
# export fmod_views(float[:,::], int[::])
# export fmod_scalars(float, float, int, int)
# export fmod_np_scalars(float[], int[])
# export divmod_int(int[], int[])
# export divmod_float(float[], float[])
# export divmod_f32(float32[], float32[])
# export divmod_mixed(int[:,:], float[])
# export divmod_np_scalars(float[], int[])
# export divmod_sum(float[], float)


def fmod_int(a, b):
    return np.fmod(a, b), np.fmod(a, 3), np.fmod(-7, b), np.fmod(a, 2.5)


#case: fmod_int(np.array([7, -7, 7, -7, 0, 5]), np.array([2, 2, -2, -2, 3, 0]))
#case: fmod_int(np.array([-2**63, 2**63 - 1, -2**63]), np.array([-1, 1, 7]))
#case: fmod_int(np.array([], dtype=np.int64), np.array([], dtype=np.int64))
#case: fmod_int(np.array([1, 2]), np.array([1, 2, 3]))


def fmod_float(x, y):
    return np.fmod(x, y), np.fmod(x, 0.1), np.fmod(-1.0, y), np.fmod(x, 3)


#case: fmod_float(np.array([7.5, -7.5, 7.5, -7.5, 0.0, 1.0, -0.0, inf, 5.0, 1e300]), np.array([2.0, 2.0, -2.0, -2.0, 0.0, 0.0, 3.0, 2.0, inf, 1e-300]))
#case: fmod_float(np.array([5e-324, nan, -inf, 0.3]), np.array([2.0, 1.0, 1.0, nan]))
#case: fmod_float(np.array([]), np.array([]))


def fmod_f32(x, y):
    return np.fmod(x, y), np.fmod(x, 0.1), np.fmod(x, np.float32(0.7)), np.fmod(x, 3)


#case: fmod_f32(np.array([7.5, -7.5, 1e30, -0.0, 0.3, 3.4e38], dtype=np.float32), np.array([2.0, 0.0, 1e-30, 3.0, 0.1, 1.1], dtype=np.float32))
#case: fmod_f32(np.array([nan, inf], dtype=np.float32), np.array([1.0, 2.0], dtype=np.float32))


def fmod_sized(a, b):
    return np.fmod(a, b), np.fmod(b, b), np.fmod(a, 1000), np.fmod(b, -3), np.fmod(a, 0.1)


#case: fmod_sized(np.array([-2**31, 2**31 - 1, 100, -100, 7], dtype=np.int32), np.array([-1, 7, 0, -128, 127], dtype=np.int8))
#case: fmod_sized(np.array([], dtype=np.int32), np.array([], dtype=np.int8))


def fmod_overflow(b):
    return np.fmod(b, 300)


# export fmod_overflow(int8[])
#case: fmod_overflow(np.array([1, 2], dtype=np.int8))


def fmod_views(m, v):
    return np.fmod(m, v[::2]), np.fmod(m.T, 1.5), np.fmod(v[::-1], 4)


#case: fmod_views(np.arange(12.0).reshape(3, 4)[:, ::2] - 5.5, np.array([3, -1, 2, 5]))
#case: fmod_views(np.arange(6.0).reshape(2, 3)[:, 1:], np.array([0, 0, -2, 9]))


def fmod_scalars(x, y, i, j):
    return np.fmod(x, y), np.fmod(i, j), np.fmod(x, i), np.fmod(i, y)


#case: fmod_scalars(7.5, 2.0, 7, 3)
#case: fmod_scalars(-7.5, -2.0, -7, 3)
#case: fmod_scalars(7.5, 0.0, 7, 0)
#case: fmod_scalars(inf, 1.0, 0, -5)


def fmod_np_scalars(x, a):
    s = x.sum()
    t = a.sum()
    return np.fmod(s, 0.7), np.fmod(t, -4), np.fmod(t, 0), np.fmod(s, t), np.fmod(a[0], a[1])


#case: fmod_np_scalars(np.array([1.5, 2.25]), np.array([9, 4]))
#case: fmod_np_scalars(np.array([-1.5, 0.0]), np.array([-9, 0]))


def divmod_int(a, b):
    q, r = np.divmod(a, b)
    return q, r, np.divmod(a, 3), np.divmod(-7, b)


#case: divmod_int(np.array([7, -7, 7, -7, 0, 5]), np.array([2, 2, -2, -2, 3, 0]))
#case: divmod_int(np.array([-2**63, 2**63 - 1]), np.array([-1, 1]))
#case: divmod_int(np.array([], dtype=np.int64), np.array([], dtype=np.int64))
#case: divmod_int(np.array([1, 2]), np.array([1, 2, 3]))


def divmod_float(x, y):
    return np.divmod(x, y), np.divmod(x, 0.1), np.divmod(2.5, y)


#case: divmod_float(np.array([7.5, -7.5, 7.5, -7.5, 0.0, 1.0, -0.0, inf, 5.0]), np.array([2.0, 2.0, -2.0, -2.0, 0.0, 0.0, 3.0, 2.0, -inf]))
#case: divmod_float(np.array([1e300, 5e-324, nan]), np.array([1e-300, 2.0, 1.0]))


def divmod_f32(x, y):
    return np.divmod(x, y), np.divmod(x, 0.1)


#case: divmod_f32(np.array([7.5, -7.5, 1e30, -0.0, 0.3], dtype=np.float32), np.array([2.0, 0.0, 1e-30, 3.0, 0.1], dtype=np.float32))


def divmod_mixed(m, v):
    q, r = np.divmod(m * 2 - 5, v)
    return q, r, np.divmod(m[:, ::-1], 4)


#case: divmod_mixed(np.arange(6).reshape(2, 3), np.array([2.5, -1.5, 0.0]))
#case: divmod_mixed(np.arange(6).reshape(3, 2), np.array([2.5, -1.5, 0.0]))


def divmod_np_scalars(x, a):
    s = x.sum()
    t = a.sum()
    return np.divmod(s, 0.7), np.divmod(t, -4), np.divmod(t, 0), np.divmod(s, 0.0), np.divmod(a[0], a[1])


#case: divmod_np_scalars(np.array([1.5, 2.25]), np.array([9, 4]))
#case: divmod_np_scalars(np.array([-1.5, 0.0]), np.array([-9, 0]))


def divmod_sum(x, d):
    q, r = np.divmod(x, d)
    return q.sum() * d + r.sum()


#case: divmod_sum(np.array([7.5, -3.25, 10.0]), 2.0)
#case: divmod_sum(np.array([7.5, -3.25, 10.0]), -0.3)
