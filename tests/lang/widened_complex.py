"""A variable holding an int on one path and a complex on another (`z = 0`, then `z = z*z + c`
in a loop) is compiled as a complex where Python's types cannot show: arithmetic with a
surely-complex value, `abs(z)` in a comparison, stores into complex arrays, truth tests.
Where the value itself is seen (a result, print, a list) the variable carries its type
(`rt::NumC`: tests/lang/real_complex.py, `orbit`)."""

import numpy as np


# export escape_time(complex, int)
def escape_time(c, maxiter):
    z = 0
    for n in range(maxiter):
        z = z * z + c
        if abs(z) > 2.0:
            return n
    return maxiter

#case: escape_time(0.5 + 0.5j, 50)
#case: escape_time(0.1j, 50)
#case: escape_time(3 + 0j, 0)


# export fill(complex[], complex[], int)
def fill(cs, out, maxiter):
    for i in range(len(cs)):
        z = 0
        for _ in range(maxiter):
            z = z * z + cs[i]
        out[i] = z
    return out

#case: fill(np.array([0.1 + 0.2j, -0.5j]), np.zeros(2, complex), 3)
#case: fill(np.array([0.1 + 0.2j]), np.zeros(1, complex), 0)


# export sized(complex, int)
def sized(c, n):
    z = 0
    for _ in range(n):
        z = z * z + c
    nonzero = 1 if z else 0
    return abs(z) < 1.0, z == 0, nonzero

#case: sized(0.25j, 4)
#case: sized(0.25j, 0)
