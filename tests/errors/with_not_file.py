# error-at: 9:10
# `with` of something other than open(): files are the only context managers pyrs compiles.
import numpy as np


# export f(int)
def f(n):
    s = 0
    with np.errstate(all='ignore'):
        s += n
    return s
