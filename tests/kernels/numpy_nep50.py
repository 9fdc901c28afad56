"""NEP 50 in scalar loops: a Python number meeting a numpy scalar of a sized type is weak, so
`s = 0.0; s += x[i] * y[i]` over float32 arrays accumulates in float32 (NumPy 2), and
`s = 0; s += a[i]` over int8 wraps at 8 bits. Every augmented assignment rounds (or wraps)
back to the variable's type, as the plain assignment `s = s + v` does."""

import numpy as np

# export dot32(float32[], float32[])


def dot32(x, y):
    s = 0.0
    for i in range(x.shape[0]):
        s += x[i] * y[i]
    return s


#case: dot32(np.linspace(0, 1, 1001).astype(np.float32), np.linspace(1, 3, 1001).astype(np.float32))
#case: dot32(np.linspace(0, 1, 3).astype(np.float32), np.linspace(-1, 3, 3).astype(np.float32))
#case: dot32(np.full(100000, 0.1, dtype=np.float32), np.full(100000, 0.3, dtype=np.float32))

# export acc_ops32(float32[])


def acc_ops32(x):
    s = 1.0
    p = 1.0
    d = 0.0
    for v in x:
        s += v
        p *= v
        d -= v / 3
    return s, p, d


#case: acc_ops32(np.linspace(0.5, 1.5, 37).astype(np.float32))
#case: acc_ops32(np.array([0.1, 0.2, 0.7], dtype=np.float32))

# export acc8(int8[])


def acc8(a):
    s = 0
    for i in range(len(a)):
        s += a[i]
    return s


#case: acc8(np.array([100, 27, 1, 1], dtype=np.int8))
#case: acc8(np.array([-100, -100, 50], dtype=np.int8))

# export mean64(float32[], float64[])


def mean64(x, w):
    # a float64 value makes the accumulator float64 (numpy's promotion of two numpy scalars)
    s = 0.0
    for i in range(len(x)):
        s += x[i] * w[i]
    return s


#case: mean64(np.linspace(0, 1, 101).astype(np.float32), np.linspace(0, 2, 101))
