"""Newton's method for a small nonlinear system, from many starting points: each step solves
the 3 × 3 Jacobian system with `np.linalg.solve`. Compiled, the solve is numpy's own LAPACK
(`dgesv`, the same bits) without the Python call, the gufunc machinery and the `errstate` of
each of numpy's calls; a singular Jacobian raises numpy's LinAlgError, caught here."""

import numpy as np

# export newton_roots(float[:,:], int, float)


def newton_roots(starts, steps, tol):
    # x² + y² + z² = 14, xyz = 6, x + y = z (a root: (1, 2, 3))
    k = starts.shape[0]
    roots = np.zeros((k, 3))
    iterations = np.zeros(k)
    for i in range(k):
        v = starts[i].copy()
        n = 0
        for n in range(1, steps + 1):
            x, y, z = v[0], v[1], v[2]
            f = np.array([x * x + y * y + z * z - 14.0, x * y * z - 6.0, x + y - z])
            jac = np.array([[2.0 * x, 2.0 * y, 2.0 * z], [y * z, x * z, x * y], [1.0, 1.0, -1.0]])
            try:
                dv = np.linalg.solve(jac, f)
            except np.linalg.LinAlgError:
                v[:] = np.nan
                break
            v = v - dv
            if np.linalg.norm(dv) < tol:
                break
        roots[i] = v
        iterations[i] = n
    return roots, iterations

#case: newton_roots(np.array([[2.0, 0.5, 0.3], [0.1, 1.9, 0.7], [1.0, 1.0, 1.0]]), 50, 1e-12)
#case: newton_roots(np.array([[0.5, 0.5, 2.0], [3.0, -1.0, 0.5]]), 3, 1e-12)
#case: newton_roots(np.zeros((0, 3)), 10, 1e-12)
#case: newton_roots(np.array([[0.0, 0.0, 0.0]]), 10, 1e-12)

#setup: rng = np.random.default_rng(0)
#setup: starts = rng.uniform(-2.0, 3.0, (2000, 3))
#quick-setup: rng = np.random.default_rng(0)
#quick-setup: starts = rng.uniform(-2.0, 3.0, (50, 3))
#run: newton_roots(starts, 50, 1e-12)
