# error-at: 15:14
# export count(int[], int)
import numpy as np


def bump(h, x):
    view = h[1:]
    view[x % len(view)] += 1


def count(data, n):
    hist = np.zeros(n + 1, dtype=np.int64)
    # omp parallel for
    for i in range(len(data)):
        bump(hist, data[i])
    return hist
