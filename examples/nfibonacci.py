"""Seed 002's `nfibonacci` (the Numba example): an int array filled in a loop with a tuple swap."""

import numpy as np

# export nfibonacci(int)


def nfibonacci(size):
    F = np.empty(size, 'int')
    a, b = 0, 1
    for i in range(size):
        F[i] = a
        a, b = b, a + b
    return F

#case: nfibonacci(50)
#case: nfibonacci(0)
#case: nfibonacci(1)
#deviates: nfibonacci(100) -> OverflowError

#setup: n = 90
#quick-setup: n = 50
#run: nfibonacci(n)
