"""Row norms with a reduction along an axis (numpy-benchmarks' `l2norm`): the squares are
computed once into a temporary and summed along axis 1."""

import numpy as np

# export l2norm(float[:,:])


def l2norm(x):
    return np.sqrt(np.sum(np.abs(x) ** 2, axis=1))

#case: l2norm(np.array([[3.0, 4.0], [1.0, 1.0], [0.0, -2.0]]))
#case: l2norm(np.zeros((0, 3)))
#case: l2norm(np.zeros((3, 0)))
#case: l2norm(np.arange(20.0).reshape(4, 5) - 10.0)

#setup: rng = np.random.default_rng(0)
#setup: x = rng.standard_normal((1000, 1000))
#quick-setup: rng = np.random.default_rng(0)
#quick-setup: x = rng.standard_normal((30, 30))
#run: l2norm(x)
