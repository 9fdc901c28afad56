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


# ---- numpy.random.Generator (kernels/numpy_generator.py) ----

GENERATOR = Path(__file__).resolve().parent / "kernels" / "numpy_generator.py"


@pytest.fixture(scope="module")
def gen_mods(built_kernels):
    return modules_for(built_kernels, GENERATOR)


def gen_state(rng):
    """The whole state of the generator's bit generator (also a buffered uint32 half)."""

    def norm(v):
        if isinstance(v, dict):
            return sorted((k, norm(x)) for k, x in v.items())
        if isinstance(v, np.ndarray):
            return (v.dtype.str, v.shape, v.tobytes())
        return v

    return norm(rng.bit_generator.state)


def gen_run(f, rng, *args):
    try:
        out = ("ok", bits(f(rng, *args)))
    except Exception as exc:  # noqa: BLE001
        out = ("raised", type(exc).__name__, str(exc))
    return out, gen_state(rng)


@pytest.mark.parametrize("seed", [0, 1, 77, 2**64 - 1])
@pytest.mark.parametrize("make", ["pcg64", "mt19937", "philox", "sfc64"])
@pytest.mark.parametrize("name,args", [("random_walk", (300,)), ("draw_from", (5,)), ("passthrough", ())])
def test_generator_argument_advanced_in_place(gen_mods, name, args, seed, make):
    """A Generator passed in is drawn from in place: the same values and the same state of its
    bit generator afterwards (also with a uint32 half left over), for numpy's bit generators."""
    pure, comp = gen_mods
    bg = {"pcg64": np.random.PCG64, "mt19937": np.random.MT19937, "philox": np.random.Philox, "sfc64": np.random.SFC64}

    def fresh():
        rng = np.random.Generator(bg[make](seed))
        rng.integers(0, 2**32, dtype=np.uint32)  # a buffered uint32 half in the state
        return rng

    assert gen_run(getattr(comp, name), fresh(), *args) == gen_run(getattr(pure, name), fresh(), *args)


def test_generator_many_seeds_and_sizes(gen_mods):
    pure, comp = gen_mods
    for seed in range(120):
        for f, args in [("scalars", ()), ("discrete", ()), ("sized", (seed % 9,))]:
            assert bits(getattr(comp, f)(seed, *args)) == bits(getattr(pure, f)(seed, *args)), (f, seed)


def test_generator_sampling_sizes(gen_mods):
    pure, comp = gen_mods
    for seed, pop, k in [(1, 50, 50), (2, 10001, 300), (3, 30000, 30000), (4, 12, 0), (5, 100000, 2001)]:
        assert bits(comp.sampling(seed, pop, k)) == bits(pure.sampling(seed, pop, k)), (seed, pop, k)


def test_same_generator_twice_and_errors_keep_the_lock(gen_mods):
    pure, comp = gen_mods
    r1, r2 = np.random.default_rng(9), np.random.default_rng(9)
    assert comp.two(r1, r1) == pure.two(r2, r2)
    assert gen_state(r1) == gen_state(r2)
    # the lock is released after an error: Python can draw again, and so can compiled code
    with pytest.raises(ValueError):
        comp.bad(0, 0)
    r = np.random.default_rng(4)
    comp.random_walk(r, 3)
    r.random()
    comp.random_walk(r, 3)


def test_not_a_generator_is_refused(gen_mods):
    _, comp = gen_mods
    with pytest.raises(TypeError):
        comp.random_walk(np.random.RandomState(0), 3)


def test_generator_choice_with_p(gen_mods):
    """`choice(a, size, replace, p)`: numpy's cdf and `searchsorted` (with replacement) and its
    rounds of draws for the missing samples (without), the same indices and the same state of
    the bit generator afterwards, for many seeds, sizes 0/1/odd and sparse `p`."""
    pure, comp = gen_mods
    for seed in range(60):
        g = np.random.default_rng(seed)
        pop = int(g.integers(1, 40))
        p = g.random(pop) * (g.random(pop) < 0.7)
        if p.sum() == 0:
            p[0] = 1.0
        p /= p.sum()
        nonzero = int(np.count_nonzero(p))
        for k, replace in [(0, True), (1, True), (int(g.integers(1, 60)) | 1, True), (min(nonzero, 3), False), (nonzero, False)]:
            expected = gen_run(pure.weighted, np.random.default_rng(seed), pop, p, k, replace)
            got = gen_run(comp.weighted, np.random.default_rng(seed), pop, p, k, replace)
            assert got == expected, (seed, pop, k, replace)


def test_generator_array_parameters(gen_mods):
    """Distribution parameters given as arrays broadcast as numpy broadcasts them (and to
    `size`), checked before any draw: the same draws and bit-generator state, many seeds and
    shapes (empty, one element, odd lengths)."""
    pure, comp = gen_mods
    for seed in range(40):
        g = np.random.default_rng(1000 + seed)
        n = [0, 1, 3, 7, 8][seed % 5]
        mu = g.normal(size=n)
        sigma = float(g.uniform(0, 3))
        cases = [("params", (mu, sigma)), ("params", (mu.reshape(-1, 1), g.uniform(0, 2, size=3))),
                 ("params_sized", (mu, seed % 4))]
        for name, args in cases:
            expected = gen_run(getattr(pure, name), np.random.default_rng(seed), *args)
            got = gen_run(getattr(comp, name), np.random.default_rng(seed), *args)
            assert got == expected, (name, seed, n)


def test_generator_out(gen_mods):
    """`random`/`standard_normal`/`standard_exponential` with `out=`: filled in the array's memory
    order (C or Fortran), the same bits in the caller's array and the same state afterwards."""
    pure, comp = gen_mods
    for seed in range(12):
        for which in range(5):
            for make in (lambda: np.zeros((3, 5)), lambda: np.zeros((5, 3)).T, lambda: np.zeros((1, 7))):
                o1, o2 = make(), make()
                expected = gen_run(pure.filled, np.random.default_rng(seed), o1, which)
                got = gen_run(comp.filled, np.random.default_rng(seed), o2, which)
                assert got == expected and o1.tobytes(order="A") == o2.tobytes(order="A"), (seed, which)


def test_generator_narrow_integers(gen_mods):
    """`integers(..., dtype=np.uint8/int16/int32/uint32/...)`: numpy's 8/16-bit draws cut from
    buffered 32-bit words and 32-bit Lemire draws, the same values and state (also the uint32
    half PCG64 keeps) for many seeds, bounds and sizes."""
    pure, comp = gen_mods
    for seed in range(60):
        g = np.random.default_rng(seed)
        low = int(g.integers(-5, 60))
        high = low + int(g.integers(1, 70))
        n = [0, 1, 2, 3, 5, 8, 13][seed % 7]
        for name, args in [("narrow", (low, high, n)), ("narrow_full", (n,))]:
            expected = gen_run(getattr(pure, name), np.random.default_rng(seed), *args)
            got = gen_run(getattr(comp, name), np.random.default_rng(seed), *args)
            assert got == expected, (name, seed, args)


LEGACY_PARAMS = Path(__file__).resolve().parent / "kernels" / "numpy_random_params.py"


@pytest.fixture(scope="module")
def params_mods(built_kernels):
    return modules_for(built_kernels, LEGACY_PARAMS)


def param_calls():
    """The `#case:` calls of the array-parameter kernel, as (name, argument text)."""
    out = []
    for line in LEGACY_PARAMS.read_text().splitlines():
        if line.startswith("#case:"):
            call = line[len("#case:"):].strip()
            out.append((call.split("(", 1)[0], "(" + call.split("(", 1)[1]))
    return out


def test_legacy_array_parameters(params_mods):
    """Array and list parameters of the legacy functions (`kernels/numpy_random_params.py`):
    the same draws bit for bit, the same exception texts (numpy's checks of whole arrays and
    its broadcast errors) and the same global state after the call, under several seeds."""
    pure, comp = params_mods
    ns = {"np": np, "nan": np.nan, "inf": np.inf}
    for name, args in param_calls():
        for seed in (0, 1, 99):
            a = eval(args, ns)  # noqa: S307 - the kernel's own case lines
            a = (seed,) + tuple(a[1:])
            expected = run(getattr(pure, name), *a, seed=seed)
            got = run(getattr(comp, name), *a, seed=seed)
            assert got[0] == expected[0], (name, args, seed)
            assert got[1] == expected[1], ("state after the call", name, args, seed)


def test_legacy_array_parameters_random_shapes(params_mods):
    """Many random parameter arrays and sizes: bit for bit and the same state."""
    pure, comp = params_mods
    g = np.random.default_rng(5)
    for k in range(60):
        n = int(g.integers(1, 6))
        mu = g.standard_normal(n) * 3
        sd = g.standard_normal((int(g.integers(1, 4)), n))
        x = g.standard_normal(n) * 5
        for name, args in [("two", (k, mu, sd)), ("one", (k, x)), ("sized", (k, mu, int(g.integers(0, 4)))),
                           ("binom", (k, g.integers(0, 200, n), g.random(n)))]:
            expected = run(getattr(pure, name), *args, seed=k)
            got = run(getattr(comp, name), *args, seed=k)
            assert got == expected, (name, k, [i for i, (x, y) in enumerate(zip(got[0][1], expected[0][1])) if x != y] if got[0][0] == expected[0][0] == "ok" else (got[0], expected[0]), got[1][2:], expected[1][2:])
