"""Parallel loops against serial builds of the same files, and compiled calls from several
Python threads at once (the GIL is released while compiled code runs)."""

import re
import threading
from pathlib import Path

import numpy as np
import pytest

import difftest

ROOT = Path(__file__).resolve().parent.parent
PARALLEL_FILES = [
    ROOT / "tests" / "kernels" / "parallel.py",
    ROOT / "examples" / "julia_parallel.py",
    ROOT / "examples" / "pairwise_parallel.py",
    ROOT / "examples" / "psum.py",
    ROOT / "examples" / "polynomial_parallel.py",
    ROOT / "tests" / "lang" / "parallel_critical.py",
    ROOT / "tests" / "lang" / "parallel_serial.py",
]
DIRECTIVE = re.compile(r"^(\s*)#\s*(omp|pyrs) parallel (for|arrays).*$", re.M)
# kernels whose loops reduce floats: the order of the additions changes, so the results may
# differ in the last bits (the issue allows 1e-12 relative)
FLOAT_REDUCTIONS = {"first_error", "two_threads", "moments"}


@pytest.fixture(scope="module")
def builds(tmp_path_factory, pyrs):
    """(parallel, serial) compiled modules of each file; serial = directives removed."""
    par_dir = tmp_path_factory.mktemp("par")
    stage = tmp_path_factory.mktemp("ser-src")
    ser_dir = tmp_path_factory.mktemp("ser")
    for src in PARALLEL_FILES:
        text = src.read_text()
        assert DIRECTIVE.search(text), f"{src.name} has no parallel directive"
        (stage / src.name).write_text(DIRECTIVE.sub(r"\1# (serial build)", text))
    par = difftest.build_all(PARALLEL_FILES, par_dir)
    ser = difftest.build_all([stage / s.name for s in PARALLEL_FILES], ser_dir)
    out = {}
    for src in PARALLEL_FILES:
        p, s = par[src.stem], ser[src.stem]
        assert p.ok, p.log
        assert s.ok, s.log
        out[src.stem] = (difftest.load_compiled(p.so), difftest.load_compiled(s.so))
    return out


def cases():
    for src in PARALLEL_FILES:
        for case in difftest.parse_cases(src):
            if case.kind == "case":
                yield pytest.param(src, case, id=f"{src.name}:{case.line}:{case.call}")


@pytest.mark.parametrize("src,case", list(cases()))
def test_parallel_equals_serial_build(builds, src, case):
    par, ser = builds[src.stem]
    name = difftest.call_func_name(case.call)
    outcomes = []
    for mod in (par, ser):
        _, args, kwargs = difftest.eval_call(case.call, {name: getattr(mod, name)})
        outcomes.append((difftest.call(getattr(mod, name), args, kwargs), args))
    (po, pargs), (so, sargs) = outcomes
    assert (po.exc is None) == (so.exc is None), f"parallel {po}, serial {so}"
    if po.exc is not None:
        assert type(po.exc) is type(so.exc) and str(po.exc) == str(so.exc)
        return
    # (a parallel loop's reduction variable stays a Python number where the serial loop's
    # becomes a numpy scalar, see README: the values are compared)
    def plain(v):
        return type(v)(plain(x) for x in v) if isinstance(v, (tuple, list)) else difftest.normalise(v)

    if name in FLOAT_REDUCTIONS:
        problem = difftest.diff(plain(so.value), plain(po.value))
        assert problem is None, problem
    else:
        assert repr(plain(po.value)) == repr(plain(so.value)), "parallel and serial results must be bit-identical"
    for a, b in zip(pargs, sargs):
        if isinstance(a, np.ndarray):
            assert a.tobytes() == b.tobytes(), "arrays written by the loop must be bit-identical"


def test_lowest_failing_iteration_is_deterministic(builds):
    par, _ = builds["parallel"]
    idx = np.array([0, 1, 2, 99] + [0] * 5000 + [5] + [1] * 2000)
    for _ in range(30):
        with pytest.raises(IndexError):
            par.first_error(np.ones(10), idx)
    idx = np.array([0, 1, 2, 3] + [0] * 5000 + [5] + [1] * 2000 + [99])
    for _ in range(30):
        with pytest.raises(ZeroDivisionError):
            par.first_error(np.ones(10), idx)


def test_critical_sections_lose_no_update(builds, monkeypatch):
    """`# omp critical` updates of one shared array from 8 threads on 2 cores (more threads
    than cores: preempted inside the section), repeated: every count kept."""
    par, ser = builds["parallel_critical"]
    monkeypatch.setenv("PYRS_NUM_THREADS", "8")
    data = np.arange(200_003) * 13
    expected = ser.critical_helper(data, 5)
    assert expected.sum() == len(data)
    for _ in range(10):
        assert par.critical_helper(data, 5).tobytes() == expected.tobytes()
        assert par.block_hist(data, 5).tobytes() == expected.tobytes()


def test_threads_share_inputs_and_agree_with_serial_calls(builds):
    """Many Python threads calling compiled functions on shared read-only inputs at once."""
    par, ser = builds["pairwise_parallel"]
    X = np.random.RandomState(3).random_sample((120, 3))
    expected = ser.pairwise(X, np.zeros((120, 120)))
    results = [None] * 8

    def work(k):
        results[k] = ser.pairwise(X, np.zeros((120, 120)))

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for r in results:
        assert r.tobytes() == expected.tobytes()


def test_compiled_code_runs_without_the_gil(builds):
    """While one thread is inside a long compiled call, another Python thread makes progress."""
    par, ser = builds["julia_parallel"]
    n = 300_000
    zs = np.linspace(-0.5, 0.5, n) + 0.1j
    cs = np.full(n, -0.62772 - 0.42193j)
    out = np.zeros(n, dtype=np.int64)
    ticks = []
    done = threading.Event()

    def ticker():
        while not done.is_set():
            ticks.append(1)
            done.wait(0.001)

    t = threading.Thread(target=ticker)
    t.start()
    ser.calculate_z(3000, zs, cs, out)
    done.set()
    t.join()
    assert len(ticks) > 5, "the other thread did not run: the GIL was held"
