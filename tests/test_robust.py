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


    # export drain_list(int)
    # export drain_comp(int)
    # export append_on(int)
    def naturals(k):
        while True:
            yield k
            k += 1


    def drain_list(k):
        return len(list(naturals(k)))


    def drain_comp(k):
        return len([x * 2 for x in naturals(k) if x >= 0])


    def append_on(k):
        l = []
        while k >= 0:
            l.append(k)
        return len(l)


    hits = 0
    label = "start"


    # export hit_n(int)
    def hit_n(n):
        global hits
        for _ in range(n):
            hits += 1
        return hits


    # export relabel(str)
    def relabel(s):
        global label
        label = s
        return hits


    # export gen_spin(int)
    def gen_spin(n):
        yield 0
        k = 0
        while k < n or n < 0:
            k += 1
            if k > 1000:
                k = 0
        yield k
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


def test_module_variables_are_shared_with_python_and_threads(robust):
    """`global` writes land in one value that Python reads and writes as the module's
    attribute; `hits += 1` from two threads at once loses no update."""
    mod = difftest.load_compiled(robust)
    mod.hits = 0
    assert mod.hit_n(5) == 5 and mod.hits == 5
    mod.hits = 100
    assert mod.hit_n(1) == 101
    assert mod.relabel("x") == 101 and mod.label == "x"
    with pytest.raises(TypeError, match="holds an int"):
        mod.hits = "many"
    with pytest.raises(TypeError, match="holds a str"):
        mod.label = 3
    assert mod.hits == 101 and type(mod).__name__ == "module"
    mod.hits = 0
    barrier = threading.Barrier(2)

    def work():
        barrier.wait()
        for _ in range(10):
            mod.hit_n(200_000)

    ts = [threading.Thread(target=work) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert mod.hits == 4_000_000


def _run(code: str, so: Path, timeout=120, env_extra=None, **kw):
    env = dict(os.environ, PYTHONPATH=str(so.parent), **(env_extra or {}))
    return subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, **kw)


# (a generator's body reads the flag again at each resume)
@pytest.mark.parametrize("fn", ["spin(-1)", "spin_for(10**12)", "gen_spin(-1)"])
def test_ctrl_c_stops_a_long_compiled_loop(robust, fn):
    code = textwrap.dedent(
        f"""
        import sys, time
        import robust_mod
        print("ready", flush=True)
        t = time.time()
        try:
            r = robust_mod.{fn}
            if not isinstance(r, int):
                next(r), next(r)
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


LATIN1 = (
    '# -*- coding: latin-1 -*-\n'
    '"""Modul für Zeichenketten: é."""\n'
    '# export f(int)\n'
    '# export g(str)\n'
    'def f(n):\n'
    '    return n + 1\n\n\n'
    'def g(s):\n'
    '    return s + "é" + str(len("àé")) + s[-1:]\n'
)


def test_non_ascii_module_name_and_latin1_source(pyrs, tmp_path):
    """`modé.py` (a valid module name): CPython's import looks for `PyInitU_` and the name's
    Punycode. The file is Latin-1 with a coding declaration, so its literals are Latin-1."""
    (tmp_path / "modé.py").write_bytes(LATIN1.encode("latin-1"))
    r = subprocess.run([str(pyrs), "build", "-q", "modé.py"], cwd=tmp_path, capture_output=True, text=True,
                       timeout=int(os.environ.get("PYRS_BUILD_TIMEOUT", "3600")))
    assert r.returncode == 0, r.stderr
    code = textwrap.dedent(
        """
        import importlib.util, sys
        import modé
        assert modé.__file__.endswith(importlib.machinery.EXTENSION_SUFFIXES[0]), modé.__file__
        spec = importlib.util.spec_from_file_location("pure", "modé.py")
        pure = importlib.util.module_from_spec(spec); spec.loader.exec_module(pure)
        print(modé.__name__, modé.f(41) == pure.f(41), modé.g("ü") == pure.g("ü"), modé.g("ü"), modé.__doc__ == pure.__doc__)
        """
    )
    p = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "modé True True üé2ü True"
    # the staleness check hashes the file's bytes: no warning at import
    assert "RuntimeWarning" not in p.stderr, p.stderr


@pytest.mark.parametrize("name, src, where, words", [
    # an error after Latin-1 letters: the column counts characters, the line is shown decoded
    ("lat", '# -*- coding: latin-1 -*-\n# export h(int)\ndef h(n):\n    s = "éé"; x = n.bad_method()\n    return n\n',
     "lat.py:4:21: error:", ['s = "éé"; x = n.bad_method()']),
    # no declaration: CPython's SyntaxError, here a located error at the byte
    ("undeclared", '# export h(int)\ndef h(n):\n    s = "é"\n    return n\n', "undeclared.py:3:10: error:",
     ["no encoding declared"]),
    # a declared encoding pyrs does not read
    ("cp", "#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\n# export h(int)\ndef h(n):\n    return n\n",
     "cp.py:2:25: error:", ["`cp1252` is not supported"]),
])
def test_source_encodings_get_located_errors(pyrs, tmp_path, name, src, where, words):
    (tmp_path / f"{name}.py").write_bytes(src.encode("latin-1"))
    r = subprocess.run([str(pyrs), "build", "-q", f"{name}.py"], cwd=tmp_path, capture_output=True, text=True,
                       timeout=600)
    assert r.returncode == 1, r.stderr
    assert r.stderr.startswith(where), r.stderr
    assert "bug in pyrs" not in r.stderr and "internal" not in r.stderr, r.stderr
    for w in words:
        assert w in r.stderr, r.stderr


def test_a_function_of_20000_statements_is_refused_before_rustc(pyrs, tmp_path):
    """rustc needed 22-24 GB for it and was killed: pyrs refuses it at once, located."""
    lines = ["# export big(int)", "# export small(int)", "def big(x):", "    s = 0"]
    lines += [f"    s = s + (x * {i + 1}) % 7" for i in range(20000)]
    lines += ["    return s", "", "", "def small(x):", "    return x + 1", ""]
    (tmp_path / "huge.py").write_text("\n".join(lines))
    t0 = time.time()
    r = subprocess.run([str(pyrs), "build", "-q", "huge.py"], cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert r.returncode == 1, r.stderr[-3000:]
    assert r.stderr.startswith("huge.py:3:5: error: function `big` is too large to compile"), r.stderr[-3000:]
    assert "split it into several functions" in r.stderr
    assert time.time() - t0 < 60


@pytest.mark.parametrize("fn", ["drain_list(0)", "drain_comp(0)", "append_on(1)"])
def test_a_list_growing_without_bound_is_a_memory_error(robust, fn):
    """An endless generator drained by list() or a comprehension, or append in an endless loop:
    CPython raises MemoryError when the list cannot grow; so must compiled code (Vec::push
    would abort the process). The address space is limited to 1 GB more than after import."""
    code = textwrap.dedent(
        f"""
        import resource
        import robust_mod
        vm = [int(l.split()[1]) * 1024 for l in open("/proc/self/status") if l.startswith("VmSize")][0]
        resource.setrlimit(resource.RLIMIT_AS, (vm + 2**30, resource.RLIM_INFINITY))
        try:
            robust_mod.{fn}
        except MemoryError:
            print("MemoryError")
        print("alive")
        """
    )
    p = _run(code, robust, env_extra={"OPENBLAS_NUM_THREADS": "1"})
    out, err = p.communicate(timeout=300)
    assert p.returncode == 0, (p.returncode, err[-2000:])
    assert out.split() == ["MemoryError", "alive"], (out, err[-2000:])


def test_a_lone_surrogate_literal_is_a_located_error(pyrs, tmp_path):
    """`'\\ud800'` is valid Python; pyrs's UTF-8 strings cannot hold it (the parser made it
    U+FFFD, a silent difference): refused where it is written. In a comment it is no literal."""
    src = '# export f(int)\n# a comment about "\\ud800" is fine\ndef f(n):\n    s = "ok"\n    t = "a\\udc00b"\n    return n\n'
    (tmp_path / "sur.py").write_text(src)
    r = subprocess.run([str(pyrs), "build", "-q", "sur.py"], cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert r.returncode == 1, r.stderr
    assert r.stderr.startswith("sur.py:5:11: error: a lone surrogate (U+DC00) in a string is not supported"), r.stderr
    assert r.stderr.count("error:") == 1, r.stderr
