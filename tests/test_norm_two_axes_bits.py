"""`np.linalg.norm(a, ord, axis=(r, c))` (`kernels/numpy_norm_two_axes.py`) on random float64
and int64 matrices in C, Fortran, transposed and strided layouts, NaN and infinities among
the values: numpy computes these with the very code of its no-`axis` matrix norms (ord ±1
and ±inf swapped over (1, 0)), and so does pyrs — the compiled two-axis norms are the
compiled no-axis norms bit for bit, and numpy's to within 4 ulp (pyrs's matrix norms with no
`axis` add in another order than numpy's `add.reduce` along an axis, and its 2/-2/'nuc' take
the singular values of another LAPACK call sequence; README "linear algebra")."""

from pathlib import Path

import numpy as np
import pytest

from conftest import modules_for

KERNEL = Path(__file__).parent / "kernels" / "numpy_norm_two_axes.py"


@pytest.fixture(scope="module")
def norms(built_kernels):
    return modules_for(built_kernels, KERNEL)


def matrices(rng, count):
    for t in range(count):
        m, n = (int(x) for x in rng.integers(1, 30, 2))
        a = rng.standard_normal((m, n)) * 10.0 ** int(rng.integers(-5, 6))
        if t % 3 == 2:
            a = (a * 1000).astype(np.int64)
        elif t % 11 == 0:
            a[rng.integers(0, m), rng.integers(0, n)] = [np.nan, np.inf, -np.inf][t % 3]
        layout = t % 4
        if layout == 1:
            a = np.asfortranarray(a)
        elif layout == 2:
            a = a.T
        elif layout == 3:
            a = a[::-1, ::2]
        if a.dtype == np.int64:
            a = np.ascontiguousarray(a)
        yield a


def outcome(f, a):
    try:
        return [(type(x), np.asarray(x).tobytes()) for x in f(a)]
    except Exception as e:  # numpy's LinAlgError for SVD of NaN or inf: the same class
        return type(e)


@pytest.mark.parametrize("seed", range(3))
def test_norm_two_axes_bits(norms, seed):
    pure, comp = norms
    rng = np.random.default_rng(seed)
    for a in matrices(rng, 200):
        got = outcome(comp.norm2, a)
        assert got == outcome(comp.norm_none, a), (a.dtype, a.shape)
        expected = outcome(pure.norm2, a)
        assert outcome(pure.norm_none, a) == expected
        if not isinstance(expected, list):
            assert got == expected
            continue
        g = np.array([np.frombuffer(b, np.float64)[0] for _, b in got])
        e = np.array([np.frombuffer(b, np.float64)[0] for _, b in expected])
        assert [t for t, _ in got] == [t for t, _ in expected]
        assert np.array_equal(np.isnan(g), np.isnan(e))
        fin = np.isfinite(e)
        assert np.array_equal(g[~fin & ~np.isnan(e)], e[~fin & ~np.isnan(e)])
        assert np.all(np.abs(g[fin] - e[fin]) <= 4 * np.spacing(np.abs(e[fin]))), (a.shape, g - e)
