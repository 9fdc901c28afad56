"""Lists used where numpy takes arrays: a list of ints or bools as an index (`m[[i, j]]`,
row swaps, a list variable), and a list or tuple of numbers as an operand next to an array
(`(1, 0, 1) == a`)."""
import numpy as np


# export swap_rows(float[:,:], int, int)
def swap_rows(m, i, j):
    # Gaussian elimination's row exchange
    if i != j:
        m[[i, j]] = m[[j, i]]
    return m

#case: swap_rows(np.arange(12.0).reshape(4, 3), 0, 2)
#case: swap_rows(np.arange(12.0).reshape(4, 3), 1, 1)
#case: swap_rows(np.arange(12.0).reshape(4, 3), 0, 5)
#case: swap_rows(np.arange(12.0).reshape(4, 3), -1, 0)


# export pick(float[], int list, bool list)
def pick(a, idx, keep):
    s = a[idx]
    t = a[keep] if len(keep) == len(a) else a[:0]
    a[idx] = 0.0
    return s, t, a, np.sum(a[[0, 0, 1]])

#case: pick(np.array([1.0, 2.0, 3.0]), [2, 0], [True, False, True])
#case: pick(np.array([1.0, 2.0, 3.0]), [], [False, False, False])
#case: pick(np.array([1.0, 2.0, 3.0]), [3], [True])


# export masks(bool[][], bool[])
def masks(db, out):
    mask = (1, 0, 1)
    for idx, line in enumerate(db):
        target, vector = line[0], line[1:]
        if (mask == np.bitwise_and(mask, vector)).all():
            if target == 1:
                out[idx] = 1
    return out

#case: masks(np.array([[0, 1, 1, 0], [1, 0, 1, 1], [1, 1, 1, 1]], dtype=bool), np.zeros(3, dtype=bool))


# export operands(float[], int[])
def operands(x, k):
    w = [0.5, 1.5, 2.5]
    return x * w, [1, 2, 3] + k, (2, 2, 2) == k, x[[0, 2]] - (1.0, 1.0)

#case: operands(np.array([1.0, 2.0, 3.0]), np.array([1, 2, 3]))
#case: operands(np.array([1.0, 2.0]), np.array([1, 2, 3]))
