"""`math`'s float functions of `lang/math_more.py` bit for bit against CPython on random data:
gamma and lgamma (CPython's own Lanczos code, which the C library's differ from in the last
bits), erf/erfc/cbrt/exp2, remainder/nextafter/ulp, hypot of 1 to 6 coordinates and dist
(CPython's vector_norm, which differs from the C library's hypot for about one pair in a
thousand), fsum (exact partials) and prod; the differential tests compare floats within a
tolerance."""

import math
import struct
from pathlib import Path

import numpy as np
import pytest

from conftest import modules_for

LANG = Path(__file__).parent / "lang"


@pytest.fixture(scope="module")
def mods(built_kernels):
    return modules_for(built_kernels, LANG / "math_more.py")


def bits(v):
    if isinstance(v, (tuple, list)):
        return [bits(x) for x in v]
    if isinstance(v, float):
        return ("float", struct.pack("<d", v))
    return (type(v).__name__, v)


def outcome(f, *args):
    try:
        return ("ok", bits(f(*args)))
    except Exception as exc:  # noqa: BLE001
        return ("raise", type(exc).__name__)


def check(pure, comp, name, *args):
    want = outcome(getattr(pure, name), *args)
    got = outcome(getattr(comp, name), *args)
    assert got == want, f"{name}{args!r}: compiled {got!r}, CPython {want!r}"


def floats(rng, n, lo=-5, hi=5):
    x = rng.standard_normal(n) * 10.0 ** rng.integers(lo, hi + 1, n)
    specials = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 5e-324, 1e308, 1.0, -1.0, 2.0, 0.5])
    pick = rng.random(n) < 0.05
    x[pick] = rng.choice(specials, pick.sum())
    return [float(v) for v in x]


@pytest.mark.parametrize("seed", range(3))
def test_special_functions_bits(mods, seed):
    pure, comp = mods
    rng = np.random.default_rng(seed)
    # gamma's branches: tiny, below and above g - 1/2, past 140, negative (reflection), > 200
    xs = floats(rng, 3000, -3, 2) + [float(v) for v in rng.uniform(-210, 210, 2000)]
    for x in xs:
        check(pure, comp, "gamma_only", x)
        check(pure, comp, "lgamma_only", x)
        check(pure, comp, "exp2_big", x)
        check(pure, comp, "erfs", x)


@pytest.mark.parametrize("seed", range(3))
def test_exact_and_norms_bits(mods, seed):
    pure, comp = mods
    rng = np.random.default_rng(100 + seed)
    xs, ys, zs = floats(rng, 2000), floats(rng, 2000), floats(rng, 2000)
    for x, y, z in zip(xs, ys, zs):
        check(pure, comp, "exact", x, y)
        check(pure, comp, "hyp", x, y, z)
    for _ in range(300):
        n = int(rng.integers(0, 7))
        p, q = floats(rng, n, -3, 3), floats(rng, n, -3, 3)
        check(pure, comp, "dists", p, q)
        check(pure, comp, "hyp_n", p)


@pytest.mark.parametrize("seed", range(3))
def test_fsum_prod_bits(mods, seed):
    pure, comp = mods
    rng = np.random.default_rng(200 + seed)
    for _ in range(400):
        n = int(rng.integers(0, 60))
        # wide exponents: many partials, cancellations, half-way cases
        xs = [float(v) for v in rng.standard_normal(n) * 2.0 ** rng.integers(-80, 80, n)]
        if n and rng.random() < 0.3:
            xs += [-v for v in xs[: n // 2]]
            rng.shuffle(xs)
        check(pure, comp, "sums", xs)
        check(pure, comp, "prods", [int(v) for v in rng.integers(-9, 10, n % 12)], xs[:20])
