"""`# export ufunc` / `# export gufunc` (tests/kernels/numpy_ufunc_export.py): the compiled
function is a real `numpy.ufunc`, and every element is what the plain function gives for it
(numpy's `frompyfunc` of the `.py` function is the oracle: it calls the function on Python
numbers, as the compiled loop computes). Exceptions are the plain function's."""

import functools
from pathlib import Path

import numpy as np
import pytest

from conftest import _build, modules_for

KERNEL = Path(__file__).parent / "kernels" / "numpy_ufunc_export.py"
EXAMPLE = Path(__file__).parent.parent / "examples" / "gufunc" / "moving_average.py"


@pytest.fixture(scope="module")
def mods(built_kernels):
    return modules_for(built_kernels, KERNEL)


def oracle(f, nout, *args, dtypes):
    """The plain function element by element, as arrays of the loop's output dtypes."""
    r = np.frompyfunc(f, len(args), nout)(*args)
    if nout == 1:
        return np.asarray(r, dtype=dtypes[0])
    return tuple(np.asarray(x, dtype=d) for x, d in zip(r, dtypes))


def same(got, want):
    if isinstance(want, tuple):
        assert isinstance(got, tuple) and len(got) == len(want)
        for g, w in zip(got, want):
            same(g, w)
        return
    got = np.asarray(got)
    assert got.dtype == want.dtype and got.shape == want.shape, (got.dtype, got.shape, want.dtype, want.shape)
    assert np.array_equal(got, want, equal_nan=True), (got, want)


def test_is_a_ufunc(mods):
    _, comp = mods
    f = comp.hypot2
    assert isinstance(f, np.ufunc) and f.__name__ == "hypot2"
    assert (f.nin, f.nout, f.nargs) == (2, 1, 3)
    assert f.types == ["dd->d", "ll->l"]
    assert "x*x + y*y, element-wise" in f.__doc__
    assert comp.divmod2.types == ["ll->ll"] and comp.divmod2.nout == 2
    assert comp.is_big.types == ["d->?", "D->?"]
    assert comp.rotate.types == ["Dd->D"]
    assert comp.mavg.signature == "(n),()->(n)" and comp.mavg.types == ["dl->d"]
    assert comp.matvec.signature == "(m,n),(n)->(m)"


RNG = np.random.default_rng(7)
FLOATS = RNG.uniform(-20, 20, size=11)
INTS = RNG.integers(-50, 50, size=11)


@pytest.mark.parametrize(
    "name, args, dtypes",
    [
        ("hypot2", (FLOATS, FLOATS[::-1]), ["float64"]),
        ("hypot2", (INTS, INTS[::-1]), ["int64"]),  # the int64 loop
        ("hypot2", (INTS, 2.5), ["float64"]),  # int64 cast to the float64 loop
        ("hypot2", (FLOATS.reshape(11, 1), FLOATS[:5]), ["float64"]),  # broadcasting
        ("hypot2", (FLOATS[::3], np.float32(1.5)), ["float64"]),  # strided input
        ("hypot2", (np.zeros(0), 1.0), ["float64"]),
        ("div", (FLOATS, FLOATS + 30.0), ["float64"]),
        ("floordiv", (INTS, np.where(INTS == 0, 3, INTS) % 7 + 1), ["int64"]),
        ("divmod2", (INTS, 7), ["int64", "int64"]),
        ("is_big", (FLOATS,), ["bool"]),
        ("is_big", (FLOATS * (1 + 1j),), ["bool"]),
        ("logit", (np.linspace(0.01, 0.99, 9),), ["float64"]),
        ("rotate", (FLOATS + 1j * FLOATS[::-1], FLOATS), ["complex128"]),
        ("clamp", (FLOATS, -5.0, np.linspace(0, 10, 11)), ["float64"]),
        ("count_bits", (np.abs(INTS),), ["int64"]),
    ],
)
def test_values_are_the_functions(mods, name, args, dtypes):
    pure, comp = mods
    f = getattr(comp, name)
    same(f(*args), oracle(getattr(pure, name), len(dtypes), *args, dtypes=dtypes))


def test_scalars_give_numpy_scalars(mods):
    pure, comp = mods
    r = comp.hypot2(1.5, 2.0)
    assert type(r) is np.float64 and r == pure.hypot2(1.5, 2.0)
    assert type(comp.hypot2(np.int64(3), np.int64(4))) is np.int64
    # Python ints are weak (NEP 50): numpy's type resolution takes the first loop that can
    # hold them, in export order
    assert type(comp.hypot2(3, 4)) is np.float64


def test_out_argument(mods):
    pure, comp = mods
    out = np.full(11, -1.0)
    r = comp.div(FLOATS, 4.0, out=out)
    assert r is out
    same(out, oracle(pure.div, 1, FLOATS, 4.0, dtypes=["float64"]))
    view = np.zeros(22)[::2]
    comp.hypot2(FLOATS, 1.0, out=view)
    same(view, oracle(pure.hypot2, 1, FLOATS, 1.0, dtypes=["float64"]))


@pytest.mark.parametrize(
    "name, args, exc",
    [
        ("div", (np.array([1.0, 2.0, 3.0]), np.array([1.0, 0.0, 2.0])), ZeroDivisionError),
        ("floordiv", (np.array([1, 2]), np.array([1, 0])), ZeroDivisionError),
        ("logit", (np.array([0.5, 1.0]),), ZeroDivisionError),
        ("logit", (np.array([0.5, 1.5]),), ValueError),  # math domain error
        ("count_bits", (np.array([3, -1]),), ValueError),
    ],
)
def test_exceptions_are_the_functions(mods, name, args, exc):
    pure, comp = mods
    with pytest.raises(exc):
        np.frompyfunc(getattr(pure, name), len(args), 1)(*args)
    with pytest.raises(exc):
        getattr(comp, name)(*args)


def test_exception_in_a_large_array(mods):
    _, comp = mods
    b = np.ones(100_000)
    b[77_777] = 0.0
    with pytest.raises(ZeroDivisionError):
        comp.div(np.ones(100_000), b)


def test_reduce_and_accumulate(mods):
    pure, comp = mods
    x = FLOATS[:6] / 10
    assert comp.hypot2.reduce(x) == functools.reduce(pure.hypot2, x.tolist())
    want = np.array([functools.reduce(pure.hypot2, x[: k + 1].tolist()) for k in range(len(x))])
    same(comp.hypot2.accumulate(x), want)
    m = x.reshape(2, 3)
    same(comp.hypot2.reduce(m, axis=0), oracle(pure.hypot2, 1, m[0], m[1], dtypes=["float64"]))
    with pytest.raises(ValueError):
        comp.hypot2.reduce(np.zeros(0))  # no identity, as numpy's minimum


def test_no_loop_for_the_input(mods):
    _, comp = mods
    with pytest.raises(TypeError):
        comp.logit(np.array([1 + 1j]))


def gu_oracle(f, x, *scalars_and_out, loops):
    """The plain gufunc body called on every leading index."""
    *inputs, out = scalars_and_out
    for idx in np.ndindex(*loops):
        f(x[idx], *inputs, out[idx])
    return out


def test_gufunc_moving_average(mods):
    pure, comp = mods
    x = np.random.default_rng(1).uniform(0, 20.0, size=(4, 50))
    got = np.zeros_like(x)
    r = comp.mavg(x, 5, got)
    assert r is got
    want = gu_oracle(pure.mavg, x, 5, np.zeros_like(x), loops=(4,))
    same(got, want)
    # one row, and a strided view of the rows
    same(comp.mavg(x[2], 5, np.zeros(50)), want[2])
    got = np.zeros((2, 50))
    comp.mavg(x[::2], 5, got)
    same(got, want[::2])


def test_gufunc_core_dimensions(mods):
    pure, comp = mods
    rng = np.random.default_rng(2)
    a, v = rng.standard_normal((3, 4, 5)), rng.standard_normal(5)
    got = comp.matvec(a, v)  # numpy allocates the output
    want = np.zeros((3, 4))
    for i in range(3):
        pure.matvec(a[i], v, want[i])
    same(got, want)
    x = rng.integers(-9, 9, size=(6, 7))
    got = comp.minmax(x, np.zeros((6, 2), dtype=np.int64))
    same(got, np.stack([x.min(axis=1), x.max(axis=1)], axis=1))
    with pytest.raises(ValueError):
        comp.minmax(np.zeros((2, 0), dtype=np.int64), np.zeros((2, 2), dtype=np.int64))
    with pytest.raises(ValueError):
        comp.matvec(a, np.zeros(3))  # core dimension n mismatch (numpy's check)


def test_seed_001_example(tmp_path_factory):
    """examples/gufunc/moving_average.py: the seed's guvectorize call, `numba_f(x, N)`, on every
    row of a 2-D array in one call, numpy allocating the result (its first `N` entries are
    never written, as with numba's, so only the rest is compared)."""
    pure, comp = modules_for(_build(tmp_path_factory, "gufunc_example", [EXAMPLE]), EXAMPLE)
    x = np.random.default_rng(0).uniform(0, 20.0, size=(3, 2000))
    got = comp.mavg(x, 100)
    want = np.zeros_like(x)
    for i in range(3):
        pure.mavg(x[i], 100, want[i])
    same(got[:, 100:], want[:, 100:])


def test_capsules(mods):
    """`# export capsule`: a PyCapsule named by its C signature, as Pythran's."""
    import ctypes

    _, comp = mods
    assert type(comp.gauss).__name__ == "PyCapsule"
    get_name = ctypes.pythonapi.PyCapsule_GetName
    get_name.restype, get_name.argtypes = ctypes.c_char_p, [ctypes.py_object]
    assert get_name(comp.gauss) == b"double (double)"
    assert get_name(comp.poly) == b"double (double, long)"


def test_capsule_with_scipy_quad(mods):
    """scipy.integrate.quad calls the compiled function through scipy.LowLevelCallable, with the
    same integral as the plain function gives (skipped without SciPy)."""
    pytest.importorskip("scipy")
    from scipy import LowLevelCallable
    from scipy.integrate import quad

    pure, comp = mods
    got, err = quad(LowLevelCallable(comp.gauss), -3, 3)
    want, _ = quad(pure.gauss, -3, 3)
    assert got == want and abs(got - np.sqrt(np.pi)) < 1e-3
    assert LowLevelCallable(comp.gauss).signature == "double (double)"
    # an exception inside: the C function returns NaN with the exception set, which SciPy's
    # quad does not check; Python reports it as a SystemError caused by it
    with pytest.raises(SystemError) as info:
        quad(LowLevelCallable(comp.inv), -1, 1)
    assert isinstance(info.value.__cause__, ZeroDivisionError)
