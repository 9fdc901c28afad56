# error-at: 6:10
import numpy as np


# export f(float[], numpy pkg)
def f(x, xp):
    if x.size == 0:
        xp = np
    return xp.sum(x)
