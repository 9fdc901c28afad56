"""np.dot / np.inner / np.vdot of float64 vectors and matrix-vector products through numpy's
own BLAS (cblas_ddot, cblas_dgemv), bit for bit against numpy in C, Fortran, strided and
reversed layouts (numpy copies what BLAS cannot read, and so does pyrs)."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from conftest import modules_for

KERNEL = Path(__file__).resolve().parent / "kernels" / "numpy_dot.py"


@pytest.fixture(scope="module")
def mods(built_kernels):
    return modules_for(built_kernels, KERNEL)


def same_bits(x, y):
    x, y = np.asarray(x), np.asarray(y)
    return x.dtype == y.dtype and x.shape == y.shape and x.tobytes() == y.tobytes()


rng = np.random.default_rng(7)


def vectors(n):
    base = rng.standard_normal(3 * n + 1)
    return {
        "contiguous": base[:n].copy(),
        "strided": base[: 2 * n : 2],
        "reversed": base[:n][::-1],
        "offset": base[1 : n + 1],
    }


def matrices(m, n):
    c = rng.standard_normal((m, n))
    big = rng.standard_normal((2 * m, 2 * n))
    return {"C": c, "F": np.asfortranarray(c), "strided": big[::2, ::2], "transposed": rng.standard_normal((n, m)).T}


@pytest.mark.parametrize("n", [2, 3, 17, 1000, 100_001])
@pytest.mark.parametrize("fn", ["dot", "inner", "vdot"])
def test_vector_products(mods, n, fn):
    _, comp = mods
    xs, ys = vectors(n), vectors(n)
    for kx, x in xs.items():
        for ky, y in ys.items():
            want = getattr(np, fn)(x, y)
            got = getattr(comp, fn)(x, y)
            # the value bit for bit (numpy returns np.float64, pyrs a float: numpy scalar
            # results are a separate item of issue 16)
            assert same_bits(float(got), float(want)), (fn, n, kx, ky, got, want)


@pytest.mark.parametrize("m,n", [(2, 2), (5, 3), (3, 64), (300, 200)])
def test_matrix_vector(mods, m, n):
    _, comp = mods
    for ka, a in matrices(m, n).items():
        for kx, x in vectors(n).items():
            assert same_bits(comp.dot(a, x), np.dot(a, x)), ("A·x", ka, kx)
        for kx, x in vectors(m).items():
            assert same_bits(comp.dot(x, a), np.dot(x, a)), ("x·A", ka, kx)


def test_vdot_of_matrices(mods):
    _, comp = mods
    for ka, a in matrices(40, 30).items():
        for kb, b in matrices(40, 30).items():
            assert same_bits(float(comp.vdot(a, b)), float(np.vdot(a, b))), (ka, kb)
