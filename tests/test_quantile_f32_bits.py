"""float32 `np.median`, `np.quantile` and `np.percentile` (`kernels/numpy_quantile_f32.py`) bit
for bit against numpy on random data (the differential tests compare float32 within a
tolerance): numpy's float32 `(a + b) / 2` and `_lerp` with a weak Python `q`."""

import warnings
from pathlib import Path

import numpy as np
import pytest

from conftest import modules_for

KERNEL = Path(__file__).parent / "kernels" / "numpy_quantile_f32.py"


@pytest.fixture(scope="module")
def q32(built_kernels):
    return modules_for(built_kernels, KERNEL)


def bits(v):
    if isinstance(v, tuple):
        return [bits(x) for x in v]
    return (type(v).__name__, np.asarray(v).dtype.str, np.asarray(v).shape, np.asarray(v).tobytes())


@pytest.mark.parametrize("seed", range(4))
def test_quantile_f32_bits(q32, seed):
    pure, comp = q32
    rng = np.random.default_rng(seed)
    for n in [1, 2, 3, 4, 7, 8, 100, 1001]:
        a = (rng.standard_normal(n) * 10.0 ** rng.integers(-6, 7, n)).astype(np.float32)
        m = rng.standard_normal((n, 5)).astype(np.float32)
        for _ in range(6):
            q = float(rng.random())
            calls = [("stats", (a, q, q * 100.0)), ("stats_axis", (m, q, 0)), ("stats_axis", (m.T, q, 1)),
                     ("stats_1d_axis", (a, q))]
            for name, args in calls:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    assert bits(getattr(comp, name)(*args)) == bits(getattr(pure, name)(*args)), (name, n, q)
