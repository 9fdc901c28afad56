# error-at: 9:42
# `np.linalg.norm` over two axes: 'fro'/None (numpy sums a temporary there) and 2/-2/'nuc' over (1, 0) are not yet.
import numpy as np

# export f(float[:,:])


def f(a):
    return np.linalg.norm(a, "fro", axis=(1, 0))
