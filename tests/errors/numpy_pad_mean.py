# error-at: 8:25
# np.pad's 'mean' mode is not supported yet (numpy's mean along each axis in its own order).

import numpy as np

# export f(float[:], int)
def f(a, w):
    return np.pad(a, w, 'mean')
