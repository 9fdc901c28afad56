# error-at: 5:22
# A ufunc's loop reads one element of each input: its operands are scalars, not arrays.
import numpy as np

# export ufunc scale(float64[], float64)


def scale(x, s):
    return x * s
