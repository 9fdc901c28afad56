# error-at: 8:12
# np.add of two Python numbers computes in numpy scalars (int64 wrap-around, inf for a zero
# divisor): refused, the operator or a numpy scalar says which is meant.
import numpy as np

# export f(int, int)
def f(x, y):
    return np.add(x, y)
