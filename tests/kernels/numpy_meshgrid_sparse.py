"""`np.meshgrid(..., sparse=True)`: each array along its own axis and length 1 along the others
('xy' swaps the first two axes, 'ij' does not), broadcasting back to the dense grids; one to
four arrays, int/float/complex, empty."""

import numpy as np

# export grid2(float[], float[])
# export grid3(int[], float[], complex[])
# export grid_dense_same(float[], float[])


def grid2(x, y):
    xs, ys = np.meshgrid(x, y, sparse=True)
    xi, yi = np.meshgrid(x, y, sparse=True, indexing="ij")
    return xs, ys, xi, yi, xs + ys, xi * yi


#case: grid2(np.array([1.0, 2.0, 3.0]), np.array([-1.0, 0.5]))
#case: grid2(np.array([]), np.array([-1.0, 0.5]))
#case: grid2(np.array([4.0]), np.array([]))


def grid3(a, b, c):
    return np.meshgrid(a, b, c, sparse=True), np.meshgrid(a, b, c, indexing="ij", sparse=True), np.meshgrid(a, sparse=True)


#case: grid3(np.array([1, 2]), np.array([0.5, 1.5, 2.5]), np.array([1j, 2 + 0j, -1j, 3j]))


def grid_dense_same(x, y):
    xs, ys = np.meshgrid(x, y, sparse=False)
    xd, yd = np.meshgrid(x, y)
    return xs, ys, xd, yd


#case: grid_dense_same(np.array([1.0, 2.0, 3.0]), np.array([-1.0, 0.5]))
