# error-at: 9:19
# a list keeps each item's own type: Python's list is [np.float32(x), 0.1]; a list of float32
# would round 0.1 to float32, so pyrs refuses rather than change the value.
import numpy as np


# export pair(float32[])
def pair(a):
    return [a[0], 0.1]
