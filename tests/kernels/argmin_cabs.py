"""`np.argmin`/`np.argmax` of `abs(z)` or `abs(z) ** 2` of a complex128 element-wise `z`
(numpy-benchmarks' make_decision: `np.argmin(abs(E[i] - symbols) ** 2)`), run by
`rt::support::fused::arg_extreme_cabs`: a cheap `re*re + im*im` picks the candidates within a
relative 1e-13 of the block's cheap extreme, numpy's `absolute` (division and square root)
decides among them. The answer must be numpy's position in every case: near ties of a few ulp
(points on the unit circle, where the cheap and the exact values order differently), exact
ties (`3+4j` and `4+3j`), several blocks of 256, NaN and infinities, values whose squares
underflow or overflow (the exact fallback), strided and 2-D operands, the empty error."""
import numpy as np

# export make_decision(complex128[], complex128[])
# export amin_sq(complex128[])
# export amin_sq_view(complex128[::])
# export amax_sq(complex128[])
# export amin_abs(complex128[::])
# export amax_abs(complex128[])
# export amin_np(complex128[], complex)
# export amax_np(complex128[:, :])
# export amax_np_view(complex128[::, ::])
# export amin_2d(complex128[:, :], complex128[:, :])
# export amin_c64(complex64[])


def make_decision(E, symbols):
    L = E.shape[0]
    syms_out = np.zeros(L, dtype=E.dtype)
    for i in range(L):
        im = np.argmin(abs(E[i] - symbols) ** 2)
        syms_out[i] = symbols[im]
    return syms_out


def amin_sq(z):
    return np.argmin(abs(z) ** 2)


def amin_sq_view(z):
    return np.argmin(abs(z) ** 2)


def amax_sq(z):
    return np.argmax(abs(z) ** 2)


def amin_abs(z):
    return np.argmin(abs(z))


def amax_abs(z):
    return np.argmax(abs(z))


def amin_np(z, c):
    return np.argmin(np.abs(z - c))


def amax_np(z):
    return np.argmax(np.absolute(z) ** 2)


def amax_np_view(z):
    return np.argmax(np.absolute(z) ** 2)


def amin_2d(a, b):
    return np.argmin(abs(a - b) ** 2)


def amin_c64(z):
    return np.argmin(abs(z) ** 2)


#case: make_decision(np.random.default_rng(0).standard_normal(300) + 1j * np.random.default_rng(1).standard_normal(300), np.random.default_rng(2).standard_normal(32) + 1j * np.random.default_rng(3).standard_normal(32))
#case: make_decision(np.exp(1j * np.linspace(0, 6, 200)), np.exp(1j * np.linspace(0.01, 6.2, 33)))
#case: make_decision(np.array([0j, 1 + 1j, np.nan + 0j]), np.array([0j, 1 + 1j, 1 - 1j]))
#case: make_decision(np.array([], dtype=complex), np.array([1j]))
#case: make_decision(np.array([1j]), np.array([], dtype=complex))
#case: amin_sq(np.exp(1j * np.random.default_rng(4).uniform(0, 6.3, 1000)))
#case: amax_sq(np.exp(1j * np.random.default_rng(5).uniform(0, 6.3, 1000)))
#case: amin_abs(np.exp(1j * np.random.default_rng(6).uniform(0, 6.3, 1000)))
#case: amax_abs(np.exp(1j * np.random.default_rng(7).uniform(0, 6.3, 1000)))
#case: amin_sq(np.exp(1j * np.random.default_rng(8).uniform(0, 6.3, 40)) * (1 + 1e-15 * np.random.default_rng(9).integers(-3, 4, 40)))
#case: amin_sq(np.array([5 + 0j, 3 + 4j, 4 + 3j, 4 - 3j, -5 + 0j]))
#case: amax_sq(np.array([1j, 3 + 4j, 4 + 3j, 0.5 + 0j, 4 - 3j]))
#case: amin_abs(np.array([2 + 0j] * 300 + [1 + 0j, 0 + 1j] + [2j] * 300))
#case: amax_abs(np.array([2 + 0j] * 300 + [3 + 0j, 0 + 3j] + [2j] * 300))
#case: amin_sq(np.concatenate([np.full(256, 2 + 2j), np.full(256, 1 + 1j), np.full(10, 1 + 1j)]))
#case: amax_sq(np.concatenate([np.full(256, 2 + 2j), np.full(256, 1 + 1j), np.full(10, 2 - 2j)]))
#case: amin_sq(np.array([1 + 1j, np.nan + 0j, 0.5j, complex(0, np.nan)]))
#case: amax_sq(np.array([1 + 1j, 2j, complex(np.inf, np.nan), np.nan + 0j]))
#case: amin_sq(np.array([1 + 1j, complex(np.inf, 0), 0.5j]))
#case: amax_sq(np.array([1 + 1j, complex(np.inf, 0), complex(0, -np.inf), 0.5j]))
#case: amin_sq(np.array([1e-160 + 1e-161j, 1e-161 + 1e-160j, 2e-160 + 0j, 1e-170j]))
#case: amax_sq(np.array([1e200 + 1e199j, 1e199 + 1e200j, 1e200 + 0j, 5e199j]))
#case: amin_sq(np.array([1e200 + 1e199j, 1e199 + 1e200j, 1e200 + 0j]))
#case: amax_abs(np.array([1e-200j, 3e-200 + 0j, 3e-200j, 1e-300 + 0j]))
#case: amin_sq(np.array([0j, -0.0 + 0j, 1j]))
#case: amin_sq(np.array([1j]))
#case: amin_sq(np.array([], dtype=complex))
#case: amax_sq(np.array([], dtype=complex))
#case: amin_sq_view(np.exp(1j * np.random.default_rng(10).uniform(0, 6.3, 2000))[::-3])
#case: amin_abs(np.exp(1j * np.random.default_rng(11).uniform(0, 6.3, 2000))[1::2])
#case: amin_np(np.random.default_rng(12).standard_normal(700) + 1j, 0.25 + 1j)
#case: amin_np(np.exp(1j * np.linspace(0, 6.28, 999)), 0j)
#case: amax_np(np.exp(1j * np.random.default_rng(13).uniform(0, 6.3, (30, 40))))
#case: amax_np_view(np.exp(1j * np.random.default_rng(14).uniform(0, 6.3, (40, 30))).T)
#case: amax_np(np.zeros((0, 3), dtype=complex))
#case: amin_2d(np.exp(1j * np.random.default_rng(15).uniform(0, 6.3, (20, 30))), np.zeros((1, 30), dtype=complex))
#case: amin_2d(np.ones((3, 4), dtype=complex), np.ones((2, 4), dtype=complex))
#case: amin_c64(np.exp(1j * np.random.default_rng(16).uniform(0, 6.3, 500)).astype(np.complex64))
