# error-at: 8:26
# isinstance with a class pyrs does not know (here a numpy type): refused at the class.
import numpy as np
# export f(float)


def f(x):
    return isinstance(x, np.float64)
