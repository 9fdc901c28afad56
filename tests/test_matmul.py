"""Matrix products are numpy's to the last bit: pyrs calls the BLAS numpy carries (gemm; syrk
for a matrix times its own transpose; a matrix BLAS cannot read copied first, as numpy does).
Without it (PYRS_NO_NUMPY_BLAS=1, or a numpy on another BLAS) pyrs's own GEMM runs, checked here
within a tolerance."""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import modules_for

KERNEL = Path(__file__).parent / "kernels" / "numpy_linalg.py"


@pytest.fixture(scope="module")
def mods(built_kernels):
    return modules_for(built_kernels, KERNEL)


def data(rng, shape, complex_):
    x = rng.standard_normal(shape)
    return x + 1j * rng.standard_normal(shape) if complex_ else x


@pytest.mark.parametrize("complex_", [False, True])
@pytest.mark.parametrize("mkn", [(7, 3, 9), (30, 40, 50), (200, 300, 250)])
def test_products_are_numpys_bits(mods, mkn, complex_):
    pure, comp = mods
    m, k, n = mkn
    rng = np.random.default_rng(m)
    a, b = data(rng, (m, k), complex_), data(rng, (k, n), complex_)
    for name, (x, y) in (("C", (a, b)), ("F", (np.asfortranarray(a), np.asfortranarray(b)))):
        for i, (e, c) in enumerate(zip(pure.mm_bits(x, y), comp.mm_bits(x, y))):
            assert e.dtype == c.dtype and e.shape == c.shape
            assert e.tobytes() == c.tobytes(), f"mm_bits[{i}] of {name} {mkn} matrices: {(e != c).sum()} of {e.size} differ"


def test_without_numpys_blas(built_kernels):
    """The fallback GEMM (matrixmultiply; plain loops for complex) in a process where pyrs does
    not look for numpy's BLAS."""
    modules_for(built_kernels, KERNEL)
    so = built_kernels[KERNEL.stem].so
    code = f"""
import sys, numpy as np
sys.path.insert(0, {str(Path(__file__).parent)!r})
import difftest
comp = difftest.load_compiled(__import__('pathlib').Path({str(so)!r}))
rng = np.random.default_rng(1)
for cx in (False, True):
    a = rng.standard_normal((60, 70)) + (1j * rng.standard_normal((60, 70)) if cx else 0)
    b = rng.standard_normal((70, 80)) + (1j * rng.standard_normal((70, 80)) if cx else 0)
    for e, c in zip((a @ b, a.T @ b[:, :60].T, a @ a.T, a.T @ a, a[:, ::2] @ b[::2], a[::-1] @ b, np.dot(a, b[:, ::-1]), a[1:, 1:] @ b[1:, 1:]), comp.mm_bits(a, b)):
        assert np.allclose(e, c, rtol=1e-12, atol=1e-12)
print("ok")
"""
    env = dict(os.environ, PYRS_NO_NUMPY_BLAS="1")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr
