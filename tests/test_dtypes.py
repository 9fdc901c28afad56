"""Sized dtypes bit for bit: the differential harness compares float32 results within a few
float32 ulps (numpy's float32 transcendental loops are not correctly rounded), so here the
operations where pyrs claims numpy's exact result — arithmetic, sums, means, casts, integer
wrap-around — are checked for equality of every bit, on random data."""

from pathlib import Path

import numpy as np
import pytest

from conftest import modules_for

KERNEL = Path(__file__).parent / "kernels" / "numpy_dtypes.py"


@pytest.fixture(scope="module")
def mods(built_kernels):
    return modules_for(built_kernels, KERNEL)


def same_bits(x, y):
    x, y = np.asarray(x), np.asarray(y)
    assert x.dtype == y.dtype and x.shape == y.shape
    assert x.tobytes() == y.tobytes(), f"{x!r} != {y!r}"


@pytest.mark.parametrize("seed", range(5))
def test_float32_arithmetic_is_exact(mods, seed):
    pure, comp = mods
    rng = np.random.default_rng(seed)
    a = (rng.standard_normal(1000) * 10.0 ** rng.integers(-5, 5, 1000)).astype(np.float32)
    b = (rng.standard_normal(1000) * 10.0 ** rng.integers(-5, 5, 1000)).astype(np.float32)
    for name in ("add_wrap", "div_all"):
        for x, y in zip(getattr(pure, name)(a, b), getattr(comp, name)(a, b)):
            same_bits(x, y)
    for x, y in zip(pure.weak_float(a, 0.1), comp.weak_float(a, 0.1)):
        same_bits(x, y)


@pytest.mark.parametrize("n", [1, 7, 8, 100, 129, 1000, 4097])
def test_float32_sum_and_mean_are_numpys(mods, n):
    pure, comp = mods
    a = np.random.default_rng(n).standard_normal(n).astype(np.float32) * np.float32(1e3)
    e, c = pure.float_reductions(a), comp.float_reductions(a)
    same_bits(e[0], c[0])
    same_bits(e[1], c[1])


@pytest.mark.parametrize("dt", [np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32])
def test_integer_wraparound(mods, dt):
    pure, comp = mods
    info = np.iinfo(dt)
    rng = np.random.default_rng(1)
    a = rng.integers(info.min, info.max, 500, endpoint=True).astype(dt)
    b = rng.integers(info.min, info.max, 500, endpoint=True).astype(dt)
    if dt in (np.int8, np.uint8, np.int16, np.int32, np.uint32):
        with np.errstate(all="ignore"):
            for x, y in zip(pure.add_wrap(a, b), comp.add_wrap(a, b)):
                same_bits(x, y)
    if dt in (np.int8, np.uint16):
        with np.errstate(all="ignore"):
            for x, y in zip(pure.div_all(a, b), comp.div_all(a, b)):
                same_bits(x, y)


def test_casts_from_float64(mods):
    pure, comp = mods
    rng = np.random.default_rng(2)
    a = np.concatenate([rng.standard_normal(300) * 10.0 ** rng.integers(0, 12, 300),
                        [np.nan, np.inf, -np.inf, 0.0, -0.0, 2.0**31, -2.0**31, 2.0**32, 2.0**63, 2.0**64]])
    with np.errstate(all="ignore"):
        for x, y in zip(pure.casts(a), comp.casts(a)):
            same_bits(x, y)


@pytest.mark.parametrize("dt", [np.complex64, np.complex128])
def test_complex_loops_are_numpys(mods, dt):
    """numpy's complex array loops round differently from the scalar operations: products of
    arrays fuse each part into a multiply-add, `np.abs` scales by the larger part; products and
    quotients of complex64 are computed in float32."""
    pure, comp = mods
    rng = np.random.default_rng(3)
    def data():
        return (rng.standard_normal(2000) * 10.0 ** rng.integers(-3, 3, 2000)
                + 1j * rng.standard_normal(2000) * 10.0 ** rng.integers(-3, 3, 2000)).astype(dt)
    a, b = data(), data()
    for x, y in zip(pure.complex_loops(a, b), comp.complex_loops(a, b)):
        same_bits(x, y)


@pytest.mark.parametrize("dt", [np.complex64, np.complex128])
def test_complex_absolute_of_views(mods, dt):
    """numpy's `absolute` of a complex array that it runs through backwards as one run
    (`z[::-1]`, `m[::-1, ::-1]`) is its scalar loop (`hypot`) for complex64 everywhere and for
    complex128 on AVX-512 machines (without AVX-512 numpy's complex128 vector loop takes the
    negative stride too), of any other its vector loop: the two differ in the last bit for a
    third of the values. numpy itself is the oracle, so the test holds on either machine."""
    pure, comp = mods
    rng = np.random.default_rng(5)
    def part():
        return rng.standard_normal((40, 50)) * 10.0 ** rng.integers(-3, 3, (40, 50))
    m = (part() + 1j * part()).astype(dt)
    for name, x in (("C", m), ("F", np.asfortranarray(m)), ("reversed", m[::-1, ::-1].copy()[::-1, ::-1])):
        for k, (e, c) in enumerate(zip(pure.abs_views(x), comp.abs_views(x))):
            assert e.dtype == c.dtype and e.tobytes() == c.tobytes(), f"abs_views[{k}] of a {name} array"


@pytest.mark.parametrize("dt", [np.complex64, np.complex128])
def test_complex_functions_are_the_c_librarys(mods, dt):
    """numpy's complex functions are the C library's (`cexp`, `csqrt`, ...; the float ones for
    complex64): the same bits, on random values and on the edges (zeros of both signs,
    infinities, NaNs, the branch cuts)."""
    pure, comp = mods
    rng = np.random.default_rng(4)
    parts = np.concatenate([rng.standard_normal(400) * 10.0 ** rng.integers(-3, 3, 400),
                            [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, np.inf, -np.inf, np.nan, 1e300]])
    z = (parts[:, None] + 1j * parts[None, :]).ravel()
    z = np.concatenate([z, parts[rng.permutation(len(parts))] + 1j * parts]).astype(dt)
    with np.errstate(all="ignore"):
        expected = pure.complex_funcs(z)
    for group_e, group_c in zip(expected, comp.complex_funcs(z)):
        for x, y in zip(group_e, group_c):
            # NaNs are NaNs (which NaN a sum of two NaNs keeps is the compiler's choice)
            nan = np.isnan(x.real) | np.isnan(x.imag)
            assert (nan == (np.isnan(y.real) | np.isnan(y.imag))).all()
            same_bits(x[~nan], y[~nan])
