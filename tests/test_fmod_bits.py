"""`np.fmod` and `np.divmod` (`kernels/numpy_fmod_divmod.py`) bit for bit against numpy on random
data (float64, float32 with Python floats converted first, ints with zero divisors, signed zeros,
NaN, infinities): the differential tests compare floats within a tolerance."""

import warnings
from pathlib import Path

import numpy as np
import pytest

from conftest import modules_for

KERNELS = Path(__file__).parent / "kernels"


@pytest.fixture(scope="module")
def fmods(built_kernels):
    return modules_for(built_kernels, KERNELS / "numpy_fmod_divmod.py")


def flat(x):
    if isinstance(x, (tuple, list)):
        return [y for item in x for y in flat(item)]
    return [x]


def same_bits(x, y):
    x, y = flat(x), flat(y)
    return len(x) == len(y) and all(
        type(a) is type(b) and np.asarray(a).dtype == np.asarray(b).dtype and np.asarray(a).tobytes() == np.asarray(b).tobytes()
        for a, b in zip(x, y)
    )


def values(rng, n, dtype):
    x = rng.standard_normal(n) * 10.0 ** rng.integers(-5, 6, n)
    specials = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 5e-324, 1e308])
    pick = rng.random(n) < 0.1
    x[pick] = rng.choice(specials, pick.sum())
    with np.errstate(over="ignore"):
        return x.astype(dtype)


@pytest.mark.parametrize("seed", range(4))
def test_fmod_divmod_bits(fmods, seed):
    pure, comp = fmods
    rng = np.random.default_rng(seed)
    for _ in range(20):
        n = int(rng.integers(0, 300))
        x, y = values(rng, n, np.float64), values(rng, n, np.float64)
        x32, y32 = values(rng, n, np.float32), values(rng, n, np.float32)
        a, b = rng.integers(-50, 50, n), rng.integers(-5, 5, n)
        a32, b8 = a.astype(np.int32), b.astype(np.int8)
        d = float(rng.standard_normal() * 3)
        calls = [
            ("fmod_float", (x, y)),
            ("fmod_f32", (x32, y32)),
            ("fmod_int", (a, b)),
            ("fmod_sized", (a32, b8)),
            ("divmod_float", (x, y)),
            ("divmod_f32", (x32, y32)),
            ("divmod_int", (a, b)),
            # finite: sums of NaNs of both signs are another question
            ("divmod_sum", (np.nan_to_num(x, nan=1.0, posinf=2.0, neginf=-3.0), d)),
        ]
        for name, args in calls:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                expected = getattr(pure, name)(*args)
            got = getattr(comp, name)(*args)
            assert same_bits(expected, got), (name, n)
