"""No crash, no race: what the copying harness cannot show. Python threads mutating one list
through compiled calls, Ctrl-C during a long compiled loop, deep recursion on small thread
stacks (each in a subprocess where a crash would kill the interpreter), and the fixed-seed
slice of the random-program differential tester (tests/fuzz/)."""

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

import difftest

ROOT = Path(__file__).resolve().parent.parent

SOURCE = textwrap.dedent(
    '''
    # export append_n(int list, int)
    # export add_keys(int:int dict, int, int)
    # export spin(int)
    # export spin_for(int)
    # export down(int)


    def append_n(l, n):
        for i in range(n):
            l.append(i)
        return len(l)


    def add_keys(d, start, n):
        for i in range(start, start + n):
            d[i] = i
        return len(d)


    def spin(n):
        k = 0
        while k < n or n < 0:
            k += 1
            if k > 1000:
                k = 0
        return k


    def spin_for(n):
        s = 0
        for i in range(n):
            for j in range(1000):
                s = (s + i * j) % 1000003
        return s


    def down(n):
        if n == 0:
            return 0
        return down(n - 1) + 1
    '''
)


@pytest.fixture(scope="module")
def robust(tmp_path_factory, pyrs):
    src = tmp_path_factory.mktemp("robust-src") / "robust_mod.py"
    src.write_text(SOURCE)
    res = difftest.build_all([src], tmp_path_factory.mktemp("robust"))["robust_mod"]
    assert res.ok, res.log
    return res.so


def test_two_threads_appending_to_one_list_lose_nothing(robust):
    mod = difftest.load_compiled(robust)
    for _ in range(5):
        shared: list = []
        d: dict = {}
        barrier = threading.Barrier(2)

        def work(k):
            barrier.wait()
            for _ in range(20):
                mod.append_n(shared, 100)
            for j in range(20):
                mod.add_keys(d, k * 100000 + j * 100, 100)

        ts = [threading.Thread(target=work, args=(k,)) for k in range(2)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        assert len(shared) == 4000
        assert len(d) == 4000


def _run(code: str, so: Path, timeout=120, **kw):
    env = dict(os.environ, PYTHONPATH=str(so.parent))
    return subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, **kw)


@pytest.mark.parametrize("fn", ["spin(-1)", "spin_for(10**12)"])
def test_ctrl_c_stops_a_long_compiled_loop(robust, fn):
    code = textwrap.dedent(
        f"""
        import sys, time
        import robust_mod
        print("ready", flush=True)
        t = time.time()
        try:
            robust_mod.{fn}
        except KeyboardInterrupt:
            print("interrupted after", round(time.time() - t, 3), flush=True)
            sys.exit(7)
        """
    )
    p = _run(code, robust)
    assert p.stdout.readline().strip() == "ready"
    time.sleep(0.5)
    p.send_signal(signal.SIGINT)
    try:
        out, err = p.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        p.kill()
        pytest.fail("Ctrl-C did not stop the compiled loop within 20 s")
    assert p.returncode == 7, (out, err)
    assert "interrupted after" in out


def test_a_handler_installed_by_the_program_runs(robust):
    code = textwrap.dedent(
        """
        import signal, sys
        import robust_mod
        class Stop(Exception): pass
        def handler(sig, frame): raise Stop()
        signal.signal(signal.SIGINT, handler)
        print("ready", flush=True)
        try:
            robust_mod.spin(-1)
        except Stop:
            sys.exit(8)
        """
    )
    p = _run(code, robust)
    assert p.stdout.readline().strip() == "ready"
    time.sleep(0.5)
    p.send_signal(signal.SIGINT)
    try:
        out, err = p.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        p.kill()
        pytest.fail("Ctrl-C with the program's own handler did not stop the compiled loop within 20 s")
    assert p.returncode == 8, (out, err)


@pytest.mark.parametrize("stack", [0, 256 * 1024, 64 * 1024 * 1024])
def test_deep_recursion_is_a_recursion_error_on_any_thread_stack(robust, stack):
    code = textwrap.dedent(
        f"""
        import threading, sys
        import robust_mod
        out = []
        def work():
            for n in (-1, 10**8, 50):
                try:
                    out.append(robust_mod.down(n))
                except RecursionError as e:
                    out.append("RecursionError")
        if {stack}:
            threading.stack_size({stack})
            t = threading.Thread(target=work); t.start(); t.join()
        else:
            work()
        print(out)
        """
    )
    p = _run(code, robust)
    out, err = p.communicate(timeout=120)
    assert p.returncode == 0, (p.returncode, err[-2000:])
    assert out.strip() == "['RecursionError', 'RecursionError', 50]"


def test_fuzz_fixed_seed_slice(pyrs, tmp_path):
    """About a minute of the random-program differential tester (see tests/fuzz/fuzz.py):
    no crash, no Rust that does not compile, no silent difference."""
    r = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "fuzz" / "fuzz.py"), "--seed", "0", "--programs", "60",
         "--per-module", "30", "--modules-per-build", "2", "--out", str(tmp_path), "--no-shrink"],
        capture_output=True, text=True, timeout=1800,
    )
    log = (tmp_path / "fuzz.log").read_text() if (tmp_path / "fuzz.log").exists() else ""
    assert r.returncode == 0, r.stdout + r.stderr + log[-6000:]
