"""The sign of the NaN that `np.sum`/`np.mean` of a whole array, and of the rows of a C-ordered
matrix, give when NaNs of both signs meet (`kernels/numpy_nan_sum_sign.py`): numpy's pairwise
sums keep the first NaN operand of each addition, in the operand order of numpy's machine code
(`runtime/src/numpy/nan_sum.rs`). Random arrays of NaNs of both signs and numbers, of every
length up to 300 and some long ones, float64 and float32; the test checks that both signs
occur, so it would catch a sum that ignores the order. Sums over outer axes (`axis=0` of C
order, `a.T.sum(axis=1)`, strided rows and columns): numpy adds row after row, `out + x` (the
first NaN wins) except in the tail of its vector loop (`x + out`, `nan_sum::outer_axis_nans`)."""

from pathlib import Path

import numpy as np
import pytest
import warnings

from conftest import modules_for

KERNEL = Path(__file__).parent / "kernels" / "numpy_nan_sum_sign.py"


@pytest.fixture(scope="module")
def ns(built_kernels):
    return modules_for(built_kernels, KERNEL)


def signs(v):
    if isinstance(v, tuple):
        return [signs(x) for x in v]
    v = np.asarray(v)
    return (v.dtype.str, bool(np.isnan(v).all()), np.signbit(v).tobytes())


def nans(rng, shape, dtype):
    a = np.where(rng.random(shape) < 0.5, -np.nan, np.nan).astype(dtype)
    m = rng.random(shape) < rng.random()
    a[m] = rng.standard_normal(int(m.sum()))
    return a


def same_signs(ns, name, a):
    """Calls `name(a)` both ways and compares the signs; returns numpy's result."""
    pure, comp = ns
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        got, expected = getattr(comp, name)(a), getattr(pure, name)(a)
    assert signs(got) == signs(expected), (name, a.shape, a.dtype)
    return expected


def run(ns, seed):
    """Compares every call; returns how many whole-array sums gave a NaN of each sign."""
    rng = np.random.default_rng(seed)
    seen = {True: 0, False: 0}
    for n in list(range(1, 300)) + [511, 1000, 4099, 20000]:
        for dtype in (np.float64, np.float32):
            expected = same_signs(ns, "s1", nans(rng, n, dtype))
            if np.isnan(expected[0]):
                seen[bool(np.signbit(expected[0]))] += 1
    shapes = [(3, 5), (8, 9), (17, 16), (130, 3), (3, 130), (40, 40), (300, 7), (5, 1000)]
    for shape in shapes:
        for dtype in (np.float64, np.float32):
            same_signs(ns, "s_rows", nans(rng, shape, dtype))
    # outer axes: row after row, the lanes in the tail of numpy's vector loop otherwise
    shapes += [tuple(int(x) for x in rng.integers(1, 200, 2)) for _ in range(60)]
    for shape in shapes:
        for dtype in (np.float64, np.float32):
            same_signs(ns, "s_cols", nans(rng, shape, dtype))
    return seen


@pytest.mark.parametrize("seed", range(2))
def test_nan_sum_sign(ns, seed):
    seen = run(ns, seed)
    assert seen[True] > 50 and seen[False] > 50, seen
