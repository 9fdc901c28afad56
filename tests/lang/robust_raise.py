"""Where CPython raises, compiled code raises the same type; where CPython returns, it
returns: empty boolean masks, divmod of numpy scalars by zero, len of a huge range, slice
steps near -2**63, Unicode digits in int()/float(), huge ints passed
for float."""

import numpy as np

# export mask_read(float[], bool[])
# export mask_read2(float[:,:], bool[:,:])
# export mask_cols(float[:,:], bool[])
# export mask_write(float[], bool[], float)
# export mask_count(float[], bool[])
# export divmod_float(float[], float[])
# export divmod_int(int[], int[])
# export floordiv_mod_np(float[], int[])
# export range_len(int, int)
# export range_len_step(int, int, int)
# export step_slice(float[], int)
# export step_list(int list, int, int)
# export int_of(str)
# export float_of(str)
# export int_base(str, int)
# export as_float(float)
# export as_float_sum(float, float)


def mask_read(a, m):
    return a[m]


#case: mask_read(np.arange(3.0), np.zeros(0, bool))
#case: mask_read(np.arange(0.0), np.zeros(0, bool))
#case: mask_read(np.arange(3.0), np.zeros(1, bool))
#case: mask_read(np.arange(3.0), np.ones(2, bool))
#case: mask_read(np.arange(0.0), np.ones(1, bool))
#case: mask_read(np.arange(3.0), np.array([True, False, True]))


def mask_read2(a, m):
    return a[m]


#case: mask_read2(np.ones((2, 3)), np.zeros((0, 3), bool))
#case: mask_read2(np.ones((2, 3)), np.zeros((2, 0), bool))
#case: mask_read2(np.ones((2, 3)), np.zeros((0, 0), bool))
#case: mask_read2(np.ones((2, 3)), np.zeros((0, 2), bool))
#case: mask_read2(np.ones((2, 3)), np.zeros((1, 0), bool))
#case: mask_read2(np.ones((2, 3)), np.ones((2, 3), bool))


def mask_cols(a, m):
    return a[:, m]


#case: mask_cols(np.ones((2, 3)), np.zeros(0, bool))
#case: mask_cols(np.ones((2, 3)), np.zeros(5, bool))
#case: mask_cols(np.ones((2, 3)), np.array([True, False, True]))


def mask_write(a, m, x):
    a[m] = x
    return a


#case: mask_write(np.arange(3.0), np.zeros(0, bool), 5.0)
#case: mask_write(np.arange(3.0), np.zeros(2, bool), 5.0)
#case: mask_write(np.arange(3.0), np.array([False, True, True]), 5.0)


def mask_count(a, m):
    return len(a[m]) + a[m].sum()


#case: mask_count(np.arange(3.0), np.zeros(0, bool))
#case: mask_count(np.arange(4.0), np.array([True, False, True, True]))


def divmod_float(a, b):
    return divmod(a[0], b[0])


#case: divmod_float(np.array([1.0]), np.array([0.0]))
#case: divmod_float(np.array([-1.5]), np.array([0.0]))
#case: divmod_float(np.array([0.0]), np.array([0.0]))
#case: divmod_float(np.array([7.5]), np.array([-2.0]))


def divmod_int(a, b):
    return divmod(a[0], b[0])


#case: divmod_int(np.array([1]), np.array([0]))
#case: divmod_int(np.array([-7]), np.array([0]))
#case: divmod_int(np.array([-7]), np.array([2]))


def floordiv_mod_np(a, b):
    return a[0] // 0.0, a[0] % 0.0, b[0] // 0, b[0] % 0


#case: floordiv_mod_np(np.array([1.0]), np.array([5]))
#case: floordiv_mod_np(np.array([-2.5]), np.array([-5]))


def range_len(lo, hi):
    return len(range(lo, hi))


#case: range_len(-2**63, 2**63 - 1)
#case: range_len(-2**62, 2**62)
#case: range_len(-2**62, 2**62 - 1)
#case: range_len(-2**63, 0)
#case: range_len(5, 2)


def range_len_step(lo, hi, st):
    return len(range(lo, hi, st))


#case: range_len_step(2**63 - 1, -2**63, -1)
#case: range_len_step(2**63 - 1, -2**63, -2)
#case: range_len_step(-2**63, 2**63 - 1, 2**62)
#case: range_len_step(0, 10, 0)


def step_slice(a, st):
    return a[::st]


#case: step_slice(np.arange(5.0), -2**63)
#case: step_slice(np.arange(5.0), -2**63 + 1)
#case: step_slice(np.arange(5.0), 2**63 - 1)
#case: step_slice(np.arange(5.0), -2)


def step_list(xs, start, st):
    return xs[start::st]


#case: step_list([0, 1, 2, 3, 4], 4, -2**63)
#case: step_list([0, 1, 2, 3, 4], 3, -2**63 + 1)
#case: step_list([0, 1, 2, 3, 4], -2**63, -2**63)
#case: step_list([0, 1, 2, 3, 4], 2**63 - 1, -2**63)
#case: step_list([0, 1, 2, 3, 4], 0, 2**63 - 1)


def int_of(s):
    return int(s)


#case: int_of("٣")
#case: int_of(" ٣٤ ")
#case: int_of("१२३")
#case: int_of("٣.٥")
#case: int_of("-٧")
#case: int_of("１２")


def float_of(s):
    return float(s)


#case: float_of("٣.٥")
#case: float_of("١e٢")
#case: float_of("\u0663\u0660")
#case: float_of(" -٢.٥ ")
#case: float_of("٣x")


def int_base(s, b):
    return int(s, b)


#case: int_base("٣", 16)
#case: int_base("١٠", 2)
#case: int_base("٩", 8)


def as_float(x):
    return x * 1.0


#case: as_float(2**1023)
#case: as_float(2**1024 - 2**970)
#case: as_float(2**1024 - 2**969)
#case: as_float(2**1024)
#case: as_float(-2**1024)
#case: as_float(3**500)
#case: as_float(2**64 + 1)


def as_float_sum(x, y):
    return x + y


#case: as_float_sum(2**100, 0.5)
#case: as_float_sum(10**300, 1.0)
