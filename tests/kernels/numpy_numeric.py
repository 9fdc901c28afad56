"""`np.interp`, `np.convolve`, `np.cross`, `np.polyval` computed as numpy computes them (the
same operations in the same order: interp's search with a guess and precomputed slopes,
convolve's BLAS dot at the edges and small-kernel loop inside, cross's products minus
products, polyval's Horner loop), with numpy's result types and errors. Deviation: polyval of
no coefficients at a scalar is numpy's 0-d array `array(0.)`; compiled code returns 0.0."""

import numpy as np

# export interp(float[], float[], float[])
# export interp(float, float[], float[])
# export interp(int[:, :], int[], float[])


def interp(x, xp, fp):
    return np.interp(x, xp, fp)


#case: interp(np.linspace(-1, 11, 37), np.arange(10.0), np.sin(np.arange(10.0)))
#case: interp(np.linspace(-1, 11, 5), np.arange(10.0) ** 2, np.cos(np.arange(10.0)))
#case: interp(np.array([0.5, np.nan, 3.0, -np.inf, np.inf]), np.array([0.0, 1.0, 3.0]), np.array([1.0, 2.0, -1.0]))
#case: interp(np.linspace(0, 3, 7), np.array([1.5]), np.array([4.0]))
#case: interp(np.linspace(0, 3, 7), np.zeros(0), np.zeros(0))
#case: interp(np.linspace(0, 3, 7), np.arange(3.0), np.arange(4.0))
#case: interp(2.5, np.arange(10.0), np.arange(10.0) ** 3)
#case: interp(-2.5, np.arange(10.0), np.arange(10.0) ** 3)
#case: interp(np.arange(12).reshape(3, 4), np.arange(0, 20, 3), np.linspace(0, 1, 7))
#case: interp(np.linspace(0, 1, 3), np.array([0.0, 0.0, 1.0]), np.array([1.0, np.inf, 2.0]))

# export interp_lr(float[], float[], float[], float, float)


def interp_lr(x, xp, fp, lo, hi):
    return np.interp(x, xp, fp, left=lo, right=hi)


#case: interp_lr(np.linspace(-1, 11, 13), np.arange(10.0), np.arange(10.0), -7.0, 77.0)

# export convolve(float[], float[])
# export convolve(int[], int[])
# export convolve(float[], int[])


def convolve(a, v):
    return np.convolve(a, v)


#case: convolve(np.sin(np.arange(30.0)), np.cos(np.arange(5.0)))
#case: convolve(np.sin(np.arange(50.0)), np.cos(np.arange(20.0)) / 3)
#case: convolve(np.cos(np.arange(20.0)) / 3, np.sin(np.arange(50.0)))
#case: convolve(np.arange(6), np.array([1, -2, 3]))
#case: convolve(np.arange(6.0), np.array([1, -2, 3]))
#case: convolve(np.zeros(0), np.ones(3))
#case: convolve(np.ones(3), np.zeros(0))
#case: convolve(np.array([2.5]), np.array([-1.5]))

# export convolve_modes(float[], float[])


def convolve_modes(a, v):
    return np.convolve(a, v, "same"), np.convolve(a, v, mode="valid"), np.convolve(a, v, "full")


#case: convolve_modes(np.sin(np.arange(40.0)), np.cos(np.arange(7.0)))
#case: convolve_modes(np.sin(np.arange(40.0)), np.cos(np.arange(18.0)))
#case: convolve_modes(np.sin(np.arange(4.0)), np.cos(np.arange(9.0)))

# export moving_average(float[], int)


def moving_average(x, w):
    return np.convolve(x, np.ones(w), "valid") / w


#case: moving_average(np.sin(np.arange(100.0)), 5)
#case: moving_average(np.sin(np.arange(100.0)), 30)

# export cross(float[], float[])
# export cross(int[:, :], int[:, :])
# export cross(float[:, :], float[:, :])
# export cross(complex[], complex[])


def cross(a, b):
    return np.cross(a, b)


#case: cross(np.array([1.5, -2.0, 0.25]), np.array([0.1, 0.2, 0.3]))
#case: cross(np.arange(12).reshape(4, 3), np.arange(12)[::-1].reshape(4, 3).copy())
#case: cross(np.sin(np.arange(12.0)).reshape(4, 3), np.cos(np.arange(3.0)).reshape(1, 3))
#case: cross(np.ones((2, 3)), np.ones((3, 3)))
#case: cross(np.ones((2, 4)), np.ones((2, 4)))
#case: cross(np.array([1 + 2j, 3, -1j]), np.array([0.5j, 1, 2]))

# export polyval(float[], float)
# export polyval(float[], float[:, :])
# export polyval(int[], float[])
# export polyval(float[], int[])


def polyval(p, x):
    return np.polyval(p, x)


#case: polyval(np.array([3.0, 0.0, 1.0]), 5.0)
#case: polyval(np.array([0.1, -0.7, 1.3, 2.2]), np.linspace(-2, 2, 12).reshape(3, 4))
#case: polyval(np.array([1, -3, 0, 2]), np.linspace(-2, 2, 9))
#case: polyval(np.array([0.5, 0.25]), np.arange(5))
#deviates: polyval(np.zeros(0), 2.0) -> np.float64(0.0)
