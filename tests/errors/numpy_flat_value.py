# error-at: 9:10
# `a.flat` is indexed or looped over, not kept as a value; index arrays must be int64 or bool.
import numpy as np

# export f(float[:,:], float[])


def f(a, w):
    it = a.flat
    return a[w, 1:]
