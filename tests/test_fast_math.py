"""The opt-in fast-math mode (`# pyrs fast-math`, `kernels/fast_math.py`): the `#case` lines
there hold it to CPython's results within the harness's tolerance and to CPython's
exceptions; these tests check that the mode does change the arithmetic (so that a build
ignoring the comment fails) and by how much at most."""

import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import modules_for

KERNEL = Path(__file__).parent / "kernels" / "fast_math.py"


def cpu_has_fma():
    try:
        return " fma " in open("/proc/cpuinfo").read().replace("\n", " ")
    except OSError:
        return False


@pytest.fixture(scope="module")
def mods(built_kernels):
    return modules_for(built_kernels, KERNEL)


def test_multiply_add_is_fused(mods):
    pure, comp = mods
    a, b = 1.0 + 2.0**-30, 1.0 - 2.0**-30
    # a*b = 1 - 2**-60 exactly: rounded to 1.0 first, the sum is 0; fused, it is -2**-60
    assert pure.fused(a, b, -1.0) == 0.0
    assert comp.fused(a, b, -1.0) == (-(2.0**-60) if cpu_has_fma() else 0.0)
    x, y, z, w = comp.fused_forms(a, b, 1.0)
    if cpu_has_fma():
        assert (x, y) == (2.0**-60, -(2.0**-60))


def test_the_product_on_the_carried_chain_is_fused(mods):
    pure, comp = mods
    a, b = 1.0 - 2.0**-30, 1.0 + 2.0**-30
    # `-1 * 1 + a * b`: fusing the left product gives 0 (a*b rounded to 1.0 first), the right
    # one -2**-60; CPython 0
    assert pure.two_products(-1.0, 1.0, a, b) == 0.0
    assert comp.two_products(-1.0, 1.0, a, b) == 0.0
    assert pure.carried_product(-1.0, 1.0, a, b) == (0.0, -2.0)
    s, t = comp.carried_product(-1.0, 1.0, a, b)
    assert (s, t) == ((-(2.0**-60), -2.0) if cpu_has_fma() else (0.0, -2.0))


def test_sums_are_reassociated_within_a_few_ulp(mods):
    pure, comp = mods
    for n in (100001, 5000, 64):
        p, c = pure.long_sum(n), comp.long_sum(n)
        assert abs(c - p) <= 8 * n * 2.0**-53 * p
    # eight partial sums, not one chain: not CPython's bits on a long sum
    assert comp.long_sum(100001) != pure.long_sum(100001)
    # fewer terms than one block of eight: the loop's own order
    assert comp.long_sum(7) == pure.long_sum(7)


def test_exp_log_are_the_vectorised_ones(mods):
    pure, comp = mods
    a = np.linspace(0.01, 50.0, 100001)
    p, c = pure.np_fns(a), comp.np_fns(a)
    rel = np.abs(c - p) / np.abs(p)
    assert rel.max() <= 4 * 2.0**-52
    assert (c != p).any(), "np.exp/np.log gave the C library's bits in fast-math mode"
    xs = [0.3, 1.0, 2.5, 100.0, 700.0]
    for x in xs:
        assert math.isclose(comp.math_fns(x), pure.math_fns(x), rel_tol=4 * 2.0**-52)
    for x, exc in ((0.0, ValueError), (-1.0, ValueError), (710.0, OverflowError)):
        with pytest.raises(exc):
            comp.math_fns(x)


FLAG_SRC = """\
# export fused(float, float, float)
def fused(a, b, c):
    return a * b + c
"""


def _build(pyrs, *args):
    return subprocess.run([str(pyrs), "build", *map(str, args)], capture_output=True, text=True, timeout=900)


def _fused_in_subprocess(d):
    code = "import sys; sys.path.insert(0, sys.argv[1]); import fm_flag; print(fm_flag.fused(1.0 + 2.0**-30, 1.0 - 2.0**-30, -1.0).hex())"
    p = subprocess.run([sys.executable, "-c", code, str(d)], capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    return float.fromhex(p.stdout.strip())


def test_cli_flag_is_the_module_level_comment(pyrs, tmp_path):
    """`pyrs build --fast-math` puts every function of a file without the comment in the mode,
    and is recorded in the build stamp: a build without the flag is not "up to date"."""
    src = tmp_path / "fm_flag.py"
    src.write_text(FLAG_SRC)
    r = _build(pyrs, "--fast-math", src)
    assert r.returncode == 0, r.stderr
    fused_bits = -(2.0**-60) if cpu_has_fma() else 0.0
    assert _fused_in_subprocess(tmp_path) == fused_bits
    r = _build(pyrs, "--fast-math", src)
    assert "up to date" in r.stderr
    # the default build: the comment's absence counts again, the product is rounded first
    r = _build(pyrs, src)
    assert r.returncode == 0, r.stderr
    assert "up to date" not in r.stderr
    assert _fused_in_subprocess(tmp_path) == 0.0
    # Pythran's spelling
    r = _build(pyrs, "-ffast-math", src)
    assert r.returncode == 0 and "up to date" not in r.stderr, r.stderr
    assert _fused_in_subprocess(tmp_path) == fused_bits
