"""The Rosenbrock function's derivative with NumPy slices (numpy-benchmarks' `rosen_der`):
the interior update is one fused loop over three shifted views of `x`."""

import numpy as np

# export rosen_der(float[])


def rosen_der(x):
    xm = x[1:-1]
    xm_m1 = x[:-2]
    xm_p1 = x[2:]
    der = np.zeros_like(x)
    der[1:-1] = 200 * (xm - xm_m1 ** 2) - 400 * (xm_p1 - xm ** 2) * xm - 2 * (1 - xm)
    der[0] = -400 * x[0] * (x[1] - x[0] ** 2) - 2 * (1 - x[0])
    der[-1] = 200 * (x[-1] - x[-2] ** 2)
    return der

#case: rosen_der(np.array([1.0, 2.0, 3.0]))
#case: rosen_der(np.linspace(-2.0, 2.0, 11))
#case: rosen_der(np.array([0.5, -0.5]))
#case: rosen_der(np.array([1.0]))

#setup: x = np.linspace(-2.0, 2.0, 10**6)
#quick-setup: x = np.linspace(-2.0, 2.0, 1000)
#run: rosen_der(x)
