# error-at: 9:30
# matrix norms that need singular values (ord=2, -2, 'nuc') are errors naming the order.
import numpy as np

# export f(float[:,:])


def f(m):
    return np.linalg.norm(m, 2) + np.linalg.norm(m, ord=-2) + np.linalg.norm(m, 'nuc')
