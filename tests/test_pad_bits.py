"""`np.pad` (`kernels/numpy_pad.py`) bit for bit against numpy on random shapes and widths:
every mode of `per_axis` (constant, edge, reflect, symmetric, wrap, maximum, minimum with
`stat_length`), widths up to several times the axis (numpy's repeated reflect/wrap chunks)."""

from pathlib import Path

import numpy as np
import pytest

from conftest import modules_for

KERNEL = Path(__file__).parent / "kernels" / "numpy_pad.py"


@pytest.fixture(scope="module")
def pad(built_kernels):
    return modules_for(built_kernels, KERNEL)


@pytest.mark.parametrize("seed", range(3))
def test_pad_bits(pad, seed):
    pure, comp = pad
    rng = np.random.default_rng(seed)
    for _ in range(300):
        r, k = (int(x) for x in rng.integers(1, 6, 2))
        a = rng.standard_normal((r, k))
        w = [int(x) for x in rng.integers(0, 14, 4)]
        for arr in (a, (a * 100).astype(np.int32)):
            got, expected = comp.per_axis(arr, *w), pure.per_axis(arr, *w)
            for g, e in zip(got, expected):
                assert (g.dtype, g.shape, g.tobytes()) == (e.dtype, e.shape, e.tobytes()), (arr.shape, w)
