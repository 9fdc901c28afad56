# error-at: 8:19
# export count(int[])
import numpy as np


def count(data):
    hist = np.zeros(3, dtype=np.int64)
    # omp critical section
    hist += data[:3]
    return hist
