"""`np.r_[...]`: 1-D arrays, numbers and slices (as `np.arange`) joined into one 1-D array;
numbers are weak in the result type (NEP 50: `np.r_[int8_array, 1]` stays int8)."""

import numpy as np

# export join(float[], int[])


def join(a, b):
    return np.r_[a, b, 7, 0:3, 2:10:3]


#case: join(np.array([0.5, -1.5]), np.arange(3))
#case: join(np.zeros(0), np.zeros(0, dtype=np.int64))

# export ints(int[], int)


def ints(a, n):
    return np.r_[0:n, a, -1]


#case: ints(np.arange(3), 4)
#case: ints(np.arange(3), -2)

# export floats(float, int8[])


def floats(x, s):
    return np.r_[x, 1:2:0.25], np.r_[s, 3], np.r_[1.5, s]


#case: floats(2.5, np.array([1, -2], dtype=np.int8))

# export padded(float[])


def padded(x):
    # the pattern of numpy-benchmarks' kernels: pad a signal with its end values
    return np.r_[x[0], x, x[-1]]


#case: padded(np.sin(np.arange(5.0)))

# export small(int8[], int)


def small(s, k):
    return np.r_[s, k]


#case: small(np.array([1, -2], dtype=np.int8), 100)
#case: small(np.array([1, -2], dtype=np.int8), 300)

# export np_scalars(int8[], int[], float32[])


def np_scalars(s, a, f):
    return np.r_[s, a[0]], np.r_[f[0], s]


#case: np_scalars(np.array([1, -2], dtype=np.int8), np.arange(3), np.array([1.5], dtype=np.float32))
