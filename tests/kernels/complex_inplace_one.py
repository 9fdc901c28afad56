"""`a *= z` of complex arrays: numpy's vector loop (this machine: multiply-adds) for every size
but one element in place, which its scalar loop multiplies (two roundings per part):
`(0.1+0.1j) * (0.1+0.1j)` has real part 0.0 there and -8.3e-19 from the vector loop."""
import numpy as np

# export mul_inplace(complex[], complex)
# export mul_inplace_2d(complex[:,:], complex)
# export mul_inplace_arr(complex[], complex[])
# export mul_slice(complex[], complex, int, int)
# export mul_float(complex[], float)
# export mul_c64(complex64[], complex)
# export mul_binary(complex[], complex)


def mul_inplace(a, z):
    a *= z
    return a


#case: mul_inplace(np.array([0.1 + 0.1j]), 0.1 + 0.1j)
#case: mul_inplace(np.array([0.1 + 0.1j, 0.1 + 0.1j]), 0.1 + 0.1j)
#case: mul_inplace(np.array([0.1 + 0.1j] * 9), 0.1 + 0.1j)
#case: mul_inplace(np.array([], dtype=complex), 0.1 + 0.1j)
#case: mul_inplace(np.array([complex(inf, 0.0)]), 2.0 + 0j)
#case: mul_inplace(np.array([0.3 - 0.7j]), 0.3 + 0.7j)


def mul_inplace_2d(a, z):
    a *= z
    return a


#case: mul_inplace_2d(np.array([[0.1 + 0.1j]]), 0.1 + 0.1j)
#case: mul_inplace_2d(np.array([[0.1 + 0.1j], [0.1 + 0.1j]]), 0.1 + 0.1j)
#case: mul_inplace_2d(np.array([[0.1 + 0.1j, 0.3 - 0.7j]]), 0.1 + 0.1j)
#case: mul_inplace_2d(np.full((3, 4), 0.1 + 0.1j)[1:2, 2:3], 0.1 + 0.1j)


def mul_inplace_arr(a, b):
    a *= b
    return a


#case: mul_inplace_arr(np.array([0.1 + 0.1j]), np.array([0.1 + 0.1j]))
#case: mul_inplace_arr(np.array([0.1 + 0.1j]), np.array([0.3 + 0.7j, 0.1 + 0.1j])[1:])
#case: mul_inplace_arr(np.array([0.1 + 0.1j, 0.2 + 0.2j]), np.array([0.1 + 0.1j, 0.2 + 0.2j]))


def mul_slice(a, z, i, j):
    a[i:j] *= z
    return a


#case: mul_slice(np.array([0.1 + 0.1j] * 4), 0.1 + 0.1j, 1, 2)
#case: mul_slice(np.array([0.1 + 0.1j] * 4), 0.1 + 0.1j, 1, 3)
#case: mul_slice(np.array([0.1 + 0.1j] * 4), 0.1 + 0.1j, 3, 9)


def mul_float(a, x):
    a *= x
    return a


#case: mul_float(np.array([complex(inf, 0.0)]), 2.0)
#case: mul_float(np.array([complex(inf, 0.0), 1j]), 2.0)
#case: mul_float(np.array([0.1 + 0.1j]), 0.1)


def mul_c64(a, z):
    a *= z
    return a


#case: mul_c64(np.array([0.1 + 0.1j], dtype=np.complex64), 0.1 + 0.1j)
#case: mul_c64(np.array([0.1 + 0.1j] * 3, dtype=np.complex64), 0.1 + 0.1j)


def mul_binary(a, z):
    return a * z, z * a


#case: mul_binary(np.array([0.1 + 0.1j]), 0.1 + 0.1j)
#case: mul_binary(np.array([0.1 + 0.1j] * 3), 0.1 + 0.1j)
