# error-at: 9:30
# matrix norms from singular values (ord=2, -2, 'nuc') of complex64 matrices are errors naming the order.
import numpy as np

# export f(complex64[:,:])


def f(m):
    return np.linalg.norm(m, 2) + np.linalg.norm(m, ord=-2) + np.linalg.norm(m, 'nuc')
