# error-at: 8:5
# A kept `it = a.flat` is not given to Python (numpy's flatiter reads the array lazily).
import numpy as np

# export f(float[:,:])


def f(a):
    it = a.flat
    next(it)
    return it
