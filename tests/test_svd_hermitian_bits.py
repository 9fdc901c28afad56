"""`np.linalg.svd(a, hermitian=True)` with its vectors and `np.linalg.pinv(a, hermitian=True)`
(`kernels/numpy_svd_hermitian_uv.py`) bit for bit against numpy: random symmetric, Hermitian,
float32 and complex64 matrices, stacks, and diagonal matrices of small integers whose
eigenvalue moduli tie (numpy's unstable argsort then orders the columns; the test checks that
such ties occur where numpy's order is not the stable one)."""

from pathlib import Path

import numpy as np
import pytest

from conftest import modules_for

KERNEL = Path(__file__).parent / "kernels" / "numpy_svd_hermitian_uv.py"


@pytest.fixture(scope="module")
def svh(built_kernels):
    return modules_for(built_kernels, KERNEL)


def same(e, c, what):
    e = e if isinstance(e, tuple) else (e,)
    c = c if isinstance(c, tuple) else (c,)
    assert len(e) == len(c), what
    for x, y in zip(e, c):
        assert (x.dtype, x.shape, x.tobytes()) == (y.dtype, y.shape, y.tobytes()), what


def hermitian(rng, n, dtype):
    if np.dtype(dtype).kind == "c":
        a = rng.standard_normal((n, n)) + 1j * rng.standard_normal((n, n))
    else:
        a = rng.standard_normal((n, n))
    return (a + a.conj().T).astype(dtype)


def tied(rng, n):
    """A diagonal matrix of small integers (moduli tie), permuted symmetrically."""
    p = rng.permutation(n)
    d = np.diag(rng.integers(-3, 4, n).astype(float))
    return d[p][:, p]


def unstable(a):
    """Whether numpy's default argsort of |eigvalsh(a)| is not the stable order."""
    s = np.abs(np.linalg.eigvalsh(a))
    return bool((np.argsort(s) != np.argsort(s, kind="stable")).any())


def run(svh, seed):
    pure, comp = svh
    rng = np.random.default_rng(seed)
    reordered = 0
    for _ in range(60):
        n = int(rng.integers(1, 13))
        for dtype in (np.float64, np.complex128, np.float32, np.complex64):
            a = hermitian(rng, n, dtype)
            same(pure.svh(a), comp.svh(a), (dtype, a))
            if dtype in (np.float64, np.complex128):
                same(pure.pinvh(a), comp.pinvh(a), (dtype, a))
        t = tied(rng, n)
        reordered += unstable(t)
        same(pure.svh(t), comp.svh(t), t)
        same(pure.pinvh(t), comp.pinvh(t), t)
        same(pure.svh(t.astype(np.float32)), comp.svh(t.astype(np.float32)), t)
        tc = t * (1 + 0j)
        same(pure.svh(tc), comp.svh(tc), tc)
        st = np.stack([t, hermitian(rng, n, np.float64), -t])
        same(pure.svh(st), comp.svh(st), st)
    return reordered


@pytest.mark.parametrize("seed", range(3))
def test_svd_pinv_hermitian_bits(svh, seed):
    # numpy's order differs from the stable one for some of the tied matrices: the
    # comparison above would catch a sort that is not numpy's
    assert run(svh, seed) > 0
