# error-at: 11:18
# A Generator draws one sequence: iterations of a parallel loop cannot share it.
import numpy as np


# export par(Generator, int)
def par(rng, n):
    out = np.zeros(n)
    # omp parallel for
    for i in range(n):
        out[i] = rng.random()
    return out
