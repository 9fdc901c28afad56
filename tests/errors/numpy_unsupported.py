# error-at: 9:12
# numpy functions pyrs does not compile are errors naming the function, at its line.
import numpy as np

# export solve(float[:,:], float[])


def solve(a, b):
    return np.linalg.tensorinv(a) + np.fft.fft(b)
