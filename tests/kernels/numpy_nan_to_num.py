"""np.nan_to_num of float64, float32, complex128, complex64, int and bool arrays: NaN, +inf and
-inf replaced (each part of a complex number on its own) by `nan`, `posinf`, `neginf` or their
defaults (0, the dtype's largest and most negative finite values), the replacements cast to the
dtype (float32 rounds them, beyond its range to inf); views, 2-D arrays, empty arrays."""

import numpy as np

# export n2n(float[:])
# export n2n(float32[:])
# export n2n(complex[:])
# export n2n(complex64[:])
# export n2n(int[:])
# export n2n(bool[:])
def n2n(a):
    return np.nan_to_num(a), np.nan_to_num(a, nan=-1.5), np.nan_to_num(a, True, 2.0, 1e300, -1e300), np.nan_to_num(a, posinf=7, neginf=None)

#case: n2n(np.array([1.0, nan, inf, -inf, -0.0, -nan]))
#case: n2n(np.array([1.0, nan, inf, -inf, 0.1], dtype=np.float32))
#case: n2n(np.array([complex(nan, inf), complex(-inf, 1.0), 1j, complex(2.0, nan)]))
#case: n2n(np.array([complex(nan, inf), complex(-inf, 1.0)], dtype=np.complex64))
#case: n2n(np.array([3, -1, 0]))
#case: n2n(np.array([True, False]))
#case: n2n(np.zeros(0))

# export n2n_2d(float[:,::])
def n2n_2d(m):
    r = np.nan_to_num(m, nan=np.float64(9.5))
    return r, m

#case: n2n_2d(np.array([[nan, 1.0, inf], [-inf, 2.0, nan]]).T)
#case: n2n_2d(np.array([[nan, 1.0, inf], [-inf, 2.0, nan]])[:, ::2])
