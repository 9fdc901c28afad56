# error-at: 10:12
# `next(it, d)` of a kept `it = a.flat` needs a default of the elements' numpy type (a float would come back as a float).
import numpy as np

# export g(float[:])


def g(a):
    it = a.flat
    return next(it, -1.0)
