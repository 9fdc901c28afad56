"""The matrix functions that compute (`np.gradient`, `np.vander`, `np.kron`) are numpy's bits:
the same formulas in the same order of operations (kernels/numpy_matrix.py), on random data."""

from pathlib import Path

import numpy as np
import pytest

from conftest import modules_for

KERNEL = Path(__file__).parent / "kernels" / "numpy_matrix.py"


@pytest.fixture(scope="module")
def mods(built_kernels):
    return modules_for(built_kernels, KERNEL)


def same_bits(e, c):
    e, c = (list(e), list(c)) if isinstance(e, tuple) else ([e], [c])
    assert len(e) == len(c)
    for x, y in zip(e, c):
        assert type(x) is type(y)
        x, y = np.asarray(x), np.asarray(y)
        assert x.dtype == y.dtype and x.shape == y.shape
        assert x.tobytes() == y.tobytes(), f"{(x != y).sum()} of {x.size} differ"


@pytest.mark.parametrize("seed", range(4))
def test_gradient_vander_kron_are_numpys_bits(mods, seed):
    pure, comp = mods
    rng = np.random.default_rng(seed)
    x = rng.standard_normal(50) * 10.0 ** rng.integers(-3, 4)
    dx = float(rng.uniform(0.01, 3.0))
    a = rng.standard_normal((7, 9))
    for name, args in [
        ("grads", (x, dx)),
        ("grads", (np.ascontiguousarray(x[::-3]), -dx)),
        ("grad2", (a, 0)),
        ("grad2", (a.T, 1)),
        ("grad_all", (a,)),
        ("vanders", (x[:12], 9)),
        ("vanders", (x[:12].astype(np.float32), 7)),
        ("vanders", (x[:6] + 1j * x[6:12], 6)),
        ("krons", (x[:5], x[5:9])),
        ("krons", (x[:6] + 1j * x[6:12], x[12:15] - 1j * x[15:18])),
        ("krons", ((x[:6] + 1j * x[6:12]).astype(np.complex64), (x[12:15] - 1j * x[15:18]).astype(np.complex64))),
    ]:
        same_bits(getattr(pure, name)(*args), getattr(comp, name)(*args))
