"""Float, complex and float32 sums bit for bit against numpy, on random data in every layout (C order,
Fortran order, transposed, strided and reversed views): the differential tests compare
within a tolerance, this checks that pyrs adds in numpy's order."""

from pathlib import Path

import numpy as np
import pytest

from conftest import modules_for

KERNEL = Path(__file__).parent / "kernels" / "numpy_sum_order.py"


@pytest.fixture(scope="module")
def mods(built_kernels):
    return modules_for(built_kernels, KERNEL)


def data(rng, shape, kind):
    def one():
        return rng.standard_normal(shape) * 10.0 ** rng.integers(-6, 6, shape)
    if kind == "float32":
        return one().astype(np.float32)
    return one() + 1j * one() if kind == "complex" else one()


def layouts(a):
    yield "C", a
    yield "F", np.asfortranarray(a)
    yield "T", a.T.copy().T
    yield "strided", np.repeat(a, 2, axis=-1)[..., ::2]
    yield "reversed", a[::-1].copy()[::-1]


def same_bits(x, y, what):
    x, y = np.asarray(x), np.asarray(y)
    assert x.dtype == y.dtype and x.shape == y.shape, what
    assert x.tobytes() == y.tobytes(), f"{what}: {x!r} != {y!r}"


@pytest.mark.parametrize("kind", ["float", "complex", "float32"])
@pytest.mark.parametrize("shape", [(3, 5), (9, 130), (300, 7), (40, 1000), (1, 500), (500, 1)])
def test_2d(mods, shape, kind):
    pure, comp = mods
    rng = np.random.default_rng(sum(shape))
    for name, a in layouts(data(rng, shape, kind)):
        fns = ("sums2", "whole", "views", "exprs", "axis_exprs")
        for fn in fns:
            for k, (x, y) in enumerate(zip(getattr(pure, fn)(a), getattr(comp, fn)(a))):
                same_bits(x, y, f"{fn}[{k}] of a {name} {shape} array")


@pytest.mark.parametrize("shape", [(3, 5), (9, 130), (300, 7)])
def test_float32_products_and_running_sums(mods, shape):
    pure, comp = mods
    rng = np.random.default_rng(sum(shape))
    a = (1.0 + rng.standard_normal(shape) * 0.01).astype(np.float32)
    for name, x in layouts(a):
        for k, (e, c) in enumerate(zip(pure.running(x), comp.running(x))):
            same_bits(e, c, f"running[{k}] of a {name} {shape} array")


@pytest.mark.parametrize("shape", [(3, 5), (9, 130), (300, 7), (40, 1000)])
def test_complex64(mods, shape):
    pure, comp = mods
    rng = np.random.default_rng(sum(shape))
    a = data(rng, shape, "complex").astype(np.complex64)
    for name, x in layouts(a):
        for fn in ("sums2c", "wholec", "axis_exprs"):
            for k, (e, c) in enumerate(zip(getattr(pure, fn)(x), getattr(comp, fn)(x))):
                same_bits(e, c, f"{fn}[{k}] of a {name} {shape} array")


@pytest.mark.parametrize("kind", ["float", "complex", "float32"])
@pytest.mark.parametrize("shape", [(4, 5, 6), (20, 3, 150), (2, 200, 9)])
def test_3d(mods, shape, kind):
    pure, comp = mods
    rng = np.random.default_rng(sum(shape))
    for name, a in layouts(data(rng, shape, kind)):
        fns = ("sums3", "whole") if kind == "float" else ("sums3",)
        fns += ("axis_exprs3",)
        for fn in fns:
            for k, (x, y) in enumerate(zip(getattr(pure, fn)(a), getattr(comp, fn)(a))):
                same_bits(x, y, f"{fn}[{k}] of a {name} {shape} array")
