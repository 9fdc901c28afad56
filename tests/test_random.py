"""numpy.random in compiled code draws from numpy's global RandomState exactly as CPython
does: the same values bit for bit, and the same state after the call (the Mersenne Twister's
key and position, and the cached second normal of the polar method), also after an error."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from conftest import modules_for

KERNEL = Path(__file__).resolve().parent / "kernels" / "numpy_random.py"


@pytest.fixture(scope="module")
def mods(built_kernels):
    return modules_for(built_kernels, KERNEL)


def state():
    name, key, pos, has_gauss, gauss = np.random.get_state()
    return name, key.tobytes(), pos, has_gauss, np.float64(gauss).tobytes()


def bits(v):
    """A value with every float as its bytes, so that equality is bit for bit."""
    if isinstance(v, (tuple, list)):
        return [bits(x) for x in v]
    if isinstance(v, np.ndarray):
        return (v.dtype.str, v.shape, v.tobytes())
    if isinstance(v, float):
        return ("float", np.float64(v).tobytes())
    return (type(v).__name__, v)


def run(f, *args, seed):
    np.random.seed(seed)
    # leave a normal cached in the state, as a Python caller may
    np.random.standard_normal()
    try:
        out = ("ok", bits(f(*args)))
    except Exception as exc:  # noqa: BLE001
        out = ("raised", type(exc).__name__, str(exc))
    return out, state()


@pytest.mark.parametrize(
    "name,args",
    [
        ("unseeded", (0,)),
        ("unseeded", (1,)),
        ("unseeded", (500,)),
        ("fails_midway", (0,)),
        ("fails_midway", (3,)),
        ("continuous", (7,)),
        ("discrete", (7,)),
        ("sized", (1, 6)),
        ("gibbs", (3, 40, 5)),
        ("bad_params", (4,)),
        ("bad_seed", (-1,)),
    ],
)
@pytest.mark.parametrize("seed", [0, 2024])
def test_same_draws_and_state_after_the_call(mods, name, args, seed):
    pure, comp = mods
    expected = run(getattr(pure, name), *args, seed=seed)
    got = run(getattr(comp, name), *args, seed=seed)
    assert got[0] == expected[0]
    assert got[1] == expected[1], "the global RandomState differs after the call"


def test_calls_in_a_row_continue_the_stream(mods):
    pure, comp = mods
    np.random.seed(11)
    a = [pure.unseeded(3), pure.unseeded(2)]
    sa = state()
    np.random.seed(11)
    b = [comp.unseeded(3), comp.unseeded(2)]
    assert bits(a) == bits(b)
    assert state() == sa


def test_python_draws_between_compiled_calls(mods):
    pure, comp = mods
    np.random.seed(5)
    xs = [comp.unseeded(1)[0], np.random.normal(), comp.unseeded(1)[0], np.random.random()]
    np.random.seed(5)
    ys = [pure.unseeded(1)[0], np.random.normal(), pure.unseeded(1)[0], np.random.random()]
    assert bits(xs) == bits(ys)
