"""Vector products of float64 arrays through numpy's BLAS (ddot, dgemv), as numpy computes
them: tests/test_dot.py compares them bit for bit in every layout."""

import numpy as np

# export dot(float[::], float[::])
# export dot(float[:,::], float[::])
# export dot(float[::], float[:,::])
# export inner(float[::], float[::])
# export vdot(float[::], float[::])
# export vdot(float[:,::], float[:,::])


def dot(a, b):
    return np.dot(a, b)
#case: dot(np.linspace(0.0, 1.0, 1000), np.linspace(-3.0, 2.0, 1000))
#case: dot(np.zeros(0), np.zeros(0))
#case: dot(np.array([-0.0]), np.array([1.0]))
#case: dot(np.ones(3), np.ones(4))
#case: dot(np.arange(12.0).reshape(3, 4), np.linspace(0.1, 0.9, 4))
#case: dot(np.linspace(0.1, 0.9, 3), np.arange(12.0).reshape(3, 4))
#case: dot(np.arange(12.0).reshape(3, 4), np.ones(3))


def inner(a, b):
    return np.inner(a, b)
#case: inner(np.linspace(0.0, 1.0, 77), np.linspace(-3.0, 2.0, 77))
#case: inner(np.ones(2), np.ones(3))


def vdot(a, b):
    return np.vdot(a, b)
#case: vdot(np.linspace(0.0, 1.0, 100), np.linspace(-3.0, 2.0, 100))
#case: vdot(np.arange(6.0).reshape(2, 3), np.ones((2, 3)))
#case: vdot(np.ones(3), np.ones(4))
