"""`np.partition`/`np.argpartition` (`kernels/numpy_partition.py`) on random arrays against
numpy: numpy's arrangement between the kth positions is its selection algorithm's, so the
kernels return what the partition property fixes (the kth values, every part between two kth
positions sorted, argpartition's indices sorted and the values they pick), compared **bit for
bit**. float64, float32 and int64 data with many ties and NaNs, lengths 1 to 300, kth of every
sign, one or two positions, along rows and columns of matrices."""

from pathlib import Path

import numpy as np
import pytest

from conftest import modules_for

KERNEL = Path(__file__).parent / "kernels" / "numpy_partition.py"


@pytest.fixture(scope="module")
def part(built_kernels):
    return modules_for(built_kernels, KERNEL)


def bits(v):
    if isinstance(v, (tuple, list)):
        return [bits(x) for x in v]
    v = np.asarray(v)
    return (v.dtype.str, v.shape, v.tobytes())


def data(rng, shape, dtype):
    a = rng.integers(-5, 6, shape).astype(np.float64) if rng.random() < 0.5 else rng.standard_normal(shape)
    if dtype != np.int64:
        a[rng.random(shape) < 0.1] = np.nan
    return a.astype(dtype)


def check(pure, comp, seed):
    """Compares every call of one seed; returns how many calls were compared."""
    rng = np.random.default_rng(seed)
    calls = 0
    for _ in range(200):
        n = int(rng.integers(1, 300))
        dtype = [np.float64, np.float32, np.int64][int(rng.integers(3))]
        a = data(rng, n, dtype)
        k = int(rng.integers(-n, n))
        j = int(rng.integers(-n, n))
        for f, args in ((comp.part1, (a, k)), (comp.argpart1, (a, k))):
            got = f(*args)
            expected = getattr(pure, f.__name__)(*args)
            assert bits(got) == bits(expected), (f.__name__, a, k)
            calls += 1
        if dtype != np.float32:
            got, expected = comp.part_many(a, k, j), pure.part_many(a, k, j)
            assert bits(got) == bits(expected), (a, k, j)
            calls += 1
        r, c = (int(x) for x in rng.integers(1, 12, 2))
        m = data(rng, (r, c), np.float64)
        kr, kc = int(rng.integers(0, c)), int(rng.integers(0, r))
        for name, args in (("part_rows", (m, kr)), ("part_cols", (m, kc)), ("argpart_rows", (m, kc if kc < c else 0, c - 1))):
            if name == "argpart_rows" and (kc >= c or kc >= r):
                continue
            got, expected = getattr(comp, name)(*args), getattr(pure, name)(*args)
            assert bits(got) == bits(expected), (name, args)
            calls += 1
    return calls


@pytest.mark.parametrize("seed", range(3))
def test_partition_random(part, seed):
    pure, comp = part
    assert check(pure, comp, seed) > 800
