"""Hoisted bounds checks (codegen/hoist.rs) with what the copying case harness cannot
express: the same array read and written in one loop (a recurrence through memory, which a
vectorised loop must respect), strided views (the fast copy needs a contiguous last axis)
and read-only arrays (the fast copy needs writeable ones). Each scenario runs on plain
Python and on the compiled module and the results and arrays afterwards must agree."""

from pathlib import Path

import numpy as np
import pytest

from conftest import modules_for

KERNEL = Path(__file__).parent / "kernels" / "hoisted.py"


@pytest.fixture(scope="module")
def mods(built_kernels):
    return modules_for(built_kernels, KERNEL)


# the same pure-vs-compiled comparison as the view tests
from test_views import both  # noqa: E402


@pytest.mark.parametrize("k", [-3, -1, 0, 1, 2, 5])
def test_recurrence_through_the_same_array(mods, k):
    # out[i] = x[i + k] * 2 with out and x the same memory: later reads see earlier writes
    def scenario(m):
        a = np.arange(1.0, 65.0)
        m.shifted(a, k, a[max(0, -k):64 - max(0, k)] if k else a)
        return (a,)

    both(mods, scenario)


@pytest.mark.parametrize("k", [-2, 0, 1, 3])
def test_overlapping_views(mods, k):
    def scenario(m):
        a = np.arange(100.0)
        m.shifted(a[10:60], k, a[12:40])
        return (a,)

    both(mods, scenario)


def test_window_writes_into_its_input(mods):
    def scenario(m):
        a = np.sin(np.arange(200.0))
        s = m.window(a, 7, a)
        return (a, np.array(s))

    both(mods, scenario)


@pytest.mark.parametrize("k", [0, 1, 4])
def test_strided_views(mods, k):
    def scenario(m):
        base = np.arange(40.0)
        out = np.zeros(30)
        m.shifted(base[::2], k, out[::3])
        return (base, out)

    both(mods, scenario)


def test_reversed_view(mods):
    def scenario(m):
        out = np.zeros(8)
        m.shifted(np.arange(10.0)[::-1], 1, out)
        return (out,)

    both(mods, scenario)


def test_read_only_output_raises_at_the_first_write(mods):
    def scenario(m):
        out = np.zeros(4)
        out.flags.writeable = False
        m.shifted(np.arange(6.0), 0, out)
        return (out,)

    both(mods, scenario)


def test_stencil_on_views(mods):
    def scenario(m):
        a = np.arange(100.0).reshape(10, 10) ** 1.5
        out = np.zeros((12, 12))
        m.stencil2d(a[1:9, ::2], 5, out[2:10, 1:6])
        m.stencil2d(a, 10, a)  # reads and writes the same array
        return (a, out)

    both(mods, scenario)


LOOP_SUMS = Path(__file__).parent / "kernels" / "loop_sums.py"


def test_loop_sums_are_exact(built_kernels):
    """Float sums in range loops are computed eight terms at a time and added in the loop's
    order: the same bits as CPython's (the differential cases compare within a tolerance)."""
    pure, comp = modules_for(built_kernels, LOOP_SUMS)
    rng = np.random.default_rng(7)
    x = rng.standard_normal(1001) * 10.0 ** rng.integers(-5, 5, 1001)
    y = rng.standard_normal(1001)
    calls = [("forms", (n,)) for n in (0, 1, 7, 8, 9, 15, 16, 17, 1000, 4099)]
    calls += [("from_arrays", (x[:n], y[:n])) for n in (0, 5, 8, 64, 1001)]
    calls += [("after_loop", (lo, hi)) for lo, hi in ((0, 0), (0, 8), (3, 20), (-9, -1), (5, 2))]
    calls += [("strided", (x[::3],)), ("strided", (x[::-2],)), ("pisum_like", (1, 5000))]
    calls += [("int_started", (n, x[:n])) for n in (0, 1, 7, 8, 9, 1001)]
    for name, args in calls:
        e, c = getattr(pure, name)(*args), getattr(comp, name)(*args)
        same = np.asarray(e, dtype=float).tobytes() == np.asarray(c, dtype=float).tobytes()
        assert same, f"{name}{tuple(getattr(a, 'shape', a) for a in args)}: {e!r} != {c!r}"
        if name == "int_started":  # int (or bool) after no iteration, float after one
            kinds = [[bool if isinstance(v, bool) else int if isinstance(v, int) else float for v in r] for r in (e, c)]
            assert kinds[0] == kinds[1], f"{name}: {e!r} != {c!r}"
