"""Absurd or failing allocation sizes raise numpy's ValueError / MemoryError instead of
aborting the process or returning a wrongly sized array."""

import numpy as np

# export zeros1(int)
# export zeros2(int, int)
# export ones1(int)
# export empty1(int)
# export arange1(int)
# export linspace1(int)


def zeros1(n):
    return np.zeros(n).shape[0]


#case: zeros1(3)
#case: zeros1(2**40)
#case: zeros1(2**62)
#case: zeros1(2**63 - 1)
#case: zeros1(-1)


def zeros2(n, m):
    return np.zeros((n, m)).size


#case: zeros2(2, 3)
#case: zeros2(2**32, 2**32)
#case: zeros2(2**31, 2**31)
#case: zeros2(0, 2**62)
#case: zeros2(0, 2**59)


def ones1(n):
    return np.ones(n).shape[0]


#case: ones1(4)
#case: ones1(2**40)


def empty1(n):
    return np.empty(n).shape[0]


#case: empty1(4)
#case: empty1(2**40)


def arange1(n):
    return np.arange(n).shape[0]


#case: arange1(4)
#case: arange1(2**40)


def linspace1(n):
    return np.linspace(0.0, 1.0, n).shape[0]


#case: linspace1(5)
#case: linspace1(2**40)
