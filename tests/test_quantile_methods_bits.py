"""`np.quantile`/`np.percentile`/`np.nanquantile` with every `method=` numpy 2 has
(`kernels/numpy_quantile_all_methods.py`) bit for bit against numpy on random float32, float64
and int64 data (the differential tests compare floats within a tolerance): numpy's virtual
indices per method, float32 `_lerp` at a weak Python `q` and float64 `_lerp` of float32
differences at an array `q`, whole arrays and along axes, NaN removed by the `nan*` versions."""

import warnings
from pathlib import Path

import numpy as np
import pytest

from conftest import modules_for

KERNEL = Path(__file__).parent / "kernels" / "numpy_quantile_all_methods.py"


@pytest.fixture(scope="module")
def qm(built_kernels):
    return modules_for(built_kernels, KERNEL)


def bits(v):
    if isinstance(v, tuple):
        return [bits(x) for x in v]
    return (type(v).__name__, np.asarray(v).dtype.str, np.asarray(v).shape, np.asarray(v).tobytes())


def run(qm, seed):
    """Compares every call on random data; returns how many calls were compared."""
    pure, comp = qm
    rng = np.random.default_rng(seed)
    count = 0
    for n in [1, 2, 3, 4, 5, 7, 8, 16, 100, 1001]:
        a32 = (rng.standard_normal(n) * 10.0 ** rng.integers(-6, 7, n)).astype(np.float32)
        a64 = rng.standard_normal(n) * 10.0 ** rng.integers(-6, 7, n)
        ai = rng.integers(-(2**40), 2**40, n)
        m32 = rng.standard_normal((n, 5)).astype(np.float32)
        m64 = rng.standard_normal((5, n))
        withnan = a32.copy()
        withnan[rng.random(n) < 0.3] = np.nan
        mnan = m32.copy()
        mnan[rng.random((n, 5)) < 0.3] = np.nan
        for _ in range(5):
            # fractions on the grids the methods' indices step on, and random ones
            q = float(rng.choice([rng.random(), rng.integers(0, n + 1) / n, rng.integers(0, 2 * n + 1) / (2 * n)]))
            qa = np.concatenate([rng.random(3), [q, 0.0, 1.0]])
            calls = [
                ("q_all", (a32, q)), ("q_all", (a64, q)), ("q_all", (ai, q)), ("p_all", (a32, q * 100.0)),
                ("q_axis", (m32, q, 0)), ("q_axis", (m32.T, q, 1)), ("q_axis", (m64, q, 1)),
                ("qs", (a32, qa)), ("qs", (a64, qa)), ("qs", (ai, qa)),
                ("qs_axis", (m32, qa, 0)), ("qs_axis", (m32.T, qa, 0)),
                ("nanq", (withnan, q, qa)),
            ]
            if not np.isnan(mnan[:, 0]).all() and not np.isnan(mnan[0]).all():
                calls.append(("nanq_axis", (mnan, q, qa)))
            for name, args in calls:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    got, expected = getattr(comp, name)(*args), getattr(pure, name)(*args)
                assert bits(got) == bits(expected), (name, n, q)
                count += 1
    return count


@pytest.mark.parametrize("seed", range(3))
def test_quantile_methods_bits(qm, seed):
    assert run(qm, seed) > 0
