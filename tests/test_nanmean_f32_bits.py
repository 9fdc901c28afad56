"""float32 `np.nanmean` (`kernels/numpy_nanmean_f32.py`) bit for bit against numpy on random data
with NaNs: the differential tests compare float32 within a tolerance."""

import warnings
from pathlib import Path

import numpy as np
import pytest

from conftest import modules_for

KERNELS = Path(__file__).parent / "kernels"


@pytest.fixture(scope="module")
def nanmean32(built_kernels):
    return modules_for(built_kernels, KERNELS / "numpy_nanmean_f32.py")


def same_bits(x, y):
    x = x if isinstance(x, tuple) else (x,)
    y = y if isinstance(y, tuple) else (y,)
    return len(x) == len(y) and all(
        type(a) is type(b) and np.asarray(a).dtype == np.asarray(b).dtype and np.asarray(a).tobytes() == np.asarray(b).tobytes()
        for a, b in zip(x, y)
    )


@pytest.mark.parametrize("seed", range(3))
def test_nanmean_f32_bits(nanmean32, seed):
    pure, comp = nanmean32
    rng = np.random.default_rng(seed)
    for n in [1, 7, 8, 9, 100, 1000, 20_000]:
        a = rng.standard_normal(n).astype(np.float32)
        a[rng.random(n) < 0.2] = np.nan
        m = rng.standard_normal((max(n // 10, 1), 13)).astype(np.float32)
        m[rng.random(m.shape) < 0.2] = np.nan
        calls = [("nanmean32", (a,)), ("nanmean32_axis", (m, 0)), ("nanmean32_axis", (m, 1)), ("nanmean32_view", (m.T,))]
        for name, args in calls:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                expected = getattr(pure, name)(*args)
            got = getattr(comp, name)(*args)
            assert same_bits(expected, got), (name, n)
