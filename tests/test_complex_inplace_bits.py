"""`a *= z` of complex arrays (`kernels/complex_inplace_one.py`) bit for bit against numpy on
random data: one element in place goes through numpy's scalar loop (plain products), every
other size through its vector loop (multiply-adds on this machine); the differential tests
compare complex numbers within a tolerance, which cannot tell the two apart."""

from pathlib import Path

import numpy as np
import pytest

from conftest import modules_for

KERNELS = Path(__file__).parent / "kernels"


@pytest.fixture(scope="module")
def kernels(built_kernels):
    return modules_for(built_kernels, KERNELS / "complex_inplace_one.py")


def bits(x):
    if isinstance(x, tuple):
        return [bits(y) for y in x]
    return (x.dtype.str, x.shape, x.tobytes())


def cplx(rng, shape, dtype=np.complex128):
    n = int(np.prod(shape))
    return (rng.standard_normal(n) + 1j * rng.standard_normal(n)).reshape(shape).astype(dtype)


@pytest.mark.parametrize("seed", range(3))
def test_inplace_product_bits(kernels, seed):
    pure, comp = kernels
    rng = np.random.default_rng(seed)
    differ = 0
    for _ in range(60):
        z = complex(rng.standard_normal(), rng.standard_normal())
        n = int(rng.choice([1, 1, 2, 3, 5, 8, 9]))
        shape2 = [(1, 1), (2, 1), (1, 3), (3, 2)][int(rng.integers(4))]
        calls = [
            ("mul_inplace", lambda: (cplx(rng, (n,)), z)),
            ("mul_inplace_2d", lambda: (cplx(rng, shape2), z)),
            ("mul_inplace_arr", lambda: (cplx(rng, (n,)), cplx(rng, (n,)))),
            ("mul_float", lambda: (cplx(rng, (n,)), float(rng.standard_normal()))),
            ("mul_c64", lambda: (cplx(rng, (n,), np.complex64), z)),
            ("mul_binary", lambda: (cplx(rng, (n,)), z)),
        ]
        for name, make in calls:
            args = make()
            expected = getattr(pure, name)(*[a.copy() if isinstance(a, np.ndarray) else a for a in args])
            got = getattr(comp, name)(*[a.copy() if isinstance(a, np.ndarray) else a for a in args])
            assert bits(got) == bits(expected), (name, args, got, expected)
            if name == "mul_inplace" and n == 1:
                vec = np.repeat(args[0], 2) * z
                differ += vec[:1].tobytes() != expected.tobytes()
    # where numpy's vector loop multiplies-adds, some of the one-element cases above had bits
    # that only the scalar loop gives: the test tells the two loops apart
    fma = (np.full(2, 0.1 + 0.1j) * (0.1 + 0.1j))[0].real != 0.0
    if fma:
        assert differ > 0
