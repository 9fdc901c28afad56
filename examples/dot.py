"""Seed 000's dot product of two float vectors (32 ones and 32 threes in the post), as a loop:
pyrs compiles it to the same pairwise-free running sum a C loop would do."""

import numpy as np

# export dot(float[], float[])


def dot(x, y):
    s = 0.0
    for i in range(len(x)):
        s += x[i] * y[i]
    return s

#case: dot(np.ones(32), np.full(32, 3.0))
#case: dot(np.zeros(0), np.zeros(0))
#case: dot(np.array([1.5, -2.0]), np.array([4.0, 0.25]))

#setup: x = np.ones(32)
#setup: y = np.full(32, 3.0)
#quick-setup: x = np.ones(32)
#quick-setup: y = np.full(32, 3.0)
#run: dot(x, y)
#numpy: np.dot(x, y)
