"""float64 functions numpy computes with the C library on CPUs without AVX-512 (its own SIMD
loops for them need AVX-512F or more), and `tanh` (numpy's own SIMD loop with AVX2 and FMA):
pyrs must give the same bits there, also inside fused expressions and reductions
(tests/test_float_bits.py compares every bit on many inputs)."""

import numpy as np

# export funcs1(float64[::])
# export funcs2(float64[::])


def funcs1(x):
    return (np.exp(x), np.log(x), np.log10(x), np.log2(x), np.log1p(x), np.expm1(x),
            np.sin(x), np.cos(x), np.tan(x), np.arcsin(x), np.arccos(x), np.arctan(x))


def funcs2(x):
    return (np.tanh(x), np.sinh(x), np.cosh(x), np.sqrt(x), np.arctan2(x, 0.75), np.hypot(x, 0.75),
            np.exp(x * 0.5) - 1.0, np.log(x * x + 1.0), np.exp(-x * x).sum(), np.log(np.abs(x) + 1e-3).sum(),
            np.exp(x[0]), np.log(x[-1]))


#case: funcs1(np.array([0.5, 1.0, 2.0, -0.0, 700.0, -745.0, 1e-310]))
#case: funcs2(np.array([0.5, 1.0, 2.0, -0.0, 700.0, -745.0, 1e-310]))
#case: funcs1(np.linspace(-3.0, 3.0, 101)[::2])
#case: funcs2(np.linspace(-3.0, 3.0, 101)[::2])
