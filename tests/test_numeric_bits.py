"""`np.interp`, `np.convolve`, `np.cross`, `np.polyval`, weighted `np.histogram` and NEP 50's float32 accumulators bit
for bit against numpy on random data: the differential tests compare within a tolerance, this
checks that pyrs computes numpy's operations in numpy's order (convolve's BLAS `ddot` at the
edges and long kernels, its small-kernel loop inside)."""

from pathlib import Path

import numpy as np
import pytest

from conftest import modules_for

KERNELS = Path(__file__).parent / "kernels"


@pytest.fixture(scope="module")
def numeric(built_kernels):
    return modules_for(built_kernels, KERNELS / "numpy_numeric.py")


@pytest.fixture(scope="module")
def nep50(built_kernels):
    return modules_for(built_kernels, KERNELS / "numpy_nep50.py")


def same_bits(x, y):
    x = x if isinstance(x, tuple) else (x,)
    y = y if isinstance(y, tuple) else (y,)
    return len(x) == len(y) and all(
        np.asarray(a).dtype == np.asarray(b).dtype and np.asarray(a).tobytes() == np.asarray(b).tobytes()
        for a, b in zip(x, y)
    )


@pytest.mark.parametrize("seed", range(4))
def test_numeric_bits(numeric, seed):
    pure, comp = numeric
    rng = np.random.default_rng(seed)
    for _ in range(60):
        n, m = int(rng.integers(1, 200)), int(rng.integers(1, 40))
        a, v = rng.standard_normal(n), rng.standard_normal(m)
        calls = [
            ("convolve", (a, v)),
            ("convolve_modes", (a, v)),
            ("interp", (rng.uniform(-1, 12, n), np.sort(rng.uniform(0, 10, m)), rng.standard_normal(m))),
            ("polyval", (v, a.reshape(1, -1))),
            ("cross", (rng.standard_normal((n, 3)), rng.standard_normal((1, 3)))),
        ]
        for name, args in calls:
            expected, got = getattr(pure, name)(*args), getattr(comp, name)(*args)
            assert same_bits(expected, got), (name, n, m)


def test_float32_accumulators_bits(nep50):
    pure, comp = nep50
    rng = np.random.default_rng(7)
    for n in [0, 1, 7, 8, 9, 1000, 100_001]:
        x = rng.random(n).astype(np.float32)
        y = rng.random(n).astype(np.float32)
        if n:
            assert same_bits(pure.dot32(x, y), comp.dot32(x, y)), n
            assert same_bits(pure.acc_ops32(x), comp.acc_ops32(x)), n


@pytest.fixture(scope="module")
def histogram(built_kernels):
    return modules_for(built_kernels, KERNELS / "numpy_histogram.py")


@pytest.mark.parametrize("n", [0, 1, 7, 1000, 65536, 65537, 200001])
def test_histogram_weights_bits(histogram, n):
    """Weighted sums per bin (blocks of 65,536, float64 `bincount`s) and densities (numpy's
    pairwise total), equal bins and edges given, bit for bit."""
    pure, comp = histogram
    rng = np.random.default_rng(n)
    a = rng.normal(size=n)
    w = rng.normal(size=n) * 10 ** rng.uniform(-5, 5, size=n)
    edges = np.sort(rng.normal(size=9))
    calls = [
        ("hist_w", (a, 17, w, False)),
        ("hist_wd", (a, 17, w)),
        ("hist_edges_w", (a, edges, w, False)),
        ("hist_edges_wd", (a, edges, w)),
        ("hist_density", (a,)),
    ]
    with np.errstate(invalid="ignore", divide="ignore"):
        for name, args in calls:
            expected, got = getattr(pure, name)(*args), getattr(comp, name)(*args)
            assert same_bits(expected, got), (name, n)
