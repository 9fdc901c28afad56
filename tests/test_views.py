"""Arrays shared with the caller, beyond what the copying case harness can express:
strided views in and out, the same array passed twice, writes through views, read-only
arrays. Each scenario runs on plain Python and on the compiled module with inputs built
the same way, and the results and the arrays afterwards must agree."""

from pathlib import Path

import numpy as np
import pytest

from conftest import modules_for

KERNEL = Path(__file__).parent / "kernels" / "views.py"


@pytest.fixture(scope="module")
def mods(built_kernels):
    return modules_for(built_kernels, KERNEL)


def both(mods, scenario):
    """Runs scenario(module) -> (result, arrays to compare) for pure and compiled."""
    pure, comp = mods
    outcomes = []
    for mod in (pure, comp):
        try:
            outcomes.append(("ok", scenario(mod)))
        except Exception as exc:  # noqa: BLE001
            outcomes.append(("raised", type(exc)))
    (kp, vp), (kc, vc) = outcomes
    assert kp == kc, f"pure {kp} {vp}, compiled {kc} {vc}"
    if kp == "raised":
        assert vp is vc
        return
    for x, y in zip(vp, vc):
        if isinstance(x, np.ndarray):
            np.testing.assert_array_equal(x, y)
        else:
            assert x == y


def test_strided_view_in(mods):
    both(mods, lambda m: (m.total_strided(np.arange(10.0)[::3]),))


def test_reversed_view_in(mods):
    both(mods, lambda m: (m.total_strided(np.arange(10.0)[::-1]),))


def test_write_through_strided_view_changes_base(mods):
    def scenario(m):
        base = np.zeros(9)
        m.fill_every(base[1::2], 2.0)
        return (base,)

    both(mods, scenario)


def test_same_array_twice(mods):
    def scenario(m):
        a = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
        r = m.add_reversed(a, a)
        return (a, r is a)

    both(mods, scenario)


def test_overlapping_views(mods):
    def scenario(m):
        a = np.arange(8.0)
        m.add_reversed(a[2:7], a[0:5])
        return (a,)

    both(mods, scenario)


def test_read_only_array_raises_value_error(mods):
    def scenario(m):
        a = np.zeros(3)
        a.flags.writeable = False
        m.set_first(a, 1.0)
        return (a,)

    both(mods, scenario)


def test_contiguous_signature_refuses_a_view(mods):
    _, comp = mods
    with pytest.raises(TypeError) as err:
        comp.total(np.arange(10.0)[::2])
    msg = str(err.value)
    assert "total" in msg and "non-contiguous" in msg and "total(float[:])" in msg


def test_array_returned_is_the_argument(mods):
    _, comp = mods
    a = np.zeros(2)
    assert comp.set_first(a, 1.0) is a
    assert a[0] == 1.0


def test_arrays_are_not_copied(mods):
    _, comp = mods
    big = np.zeros(10_000_000)
    base = big[::2]
    comp.fill_every(base[:3], 7.0)  # a view of a view: shares memory with `big`
    assert big[0] == 7.0 and big[2] == 8.0 and big[4] == 9.0
