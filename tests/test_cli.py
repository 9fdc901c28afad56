"""The pyrs command line: help/version, diagnostics (golden files), and the
"delete the .so and the .py runs unchanged" promise of seed 003.

Golden files: tests/errors/<name>.py holds an unsupported construct, its first
line `# error-at: LINE:COL` says where the diagnostic must point (1-based
column), and tests/errors/<name>.stderr the exact expected stderr with the
temporary directory replaced by `<dir>`. Run with PYRS_UPDATE_GOLDEN=1 to
(re)write the .stderr files from the current compiler.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import difftest

ERRORS = difftest.TESTS / "errors"
ERROR_INPUTS = sorted(ERRORS.glob("*.py"))
UPDATE = os.environ.get("PYRS_UPDATE_GOLDEN") == "1"
EXT = difftest.EXT_SUFFIX
DIAG_RE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): error: (?P<msg>.+)$")

GOOD = textwrap.dedent(
    """\
    # export double(int)


    def double(n):
        return 2 * n
    """
)


def run(pyrs, *args, cwd=None, timeout=1800):
    return subprocess.run([str(pyrs), *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=timeout)


def so_of(py: Path) -> Path:
    return py.with_name(py.stem + EXT)


def check_diagnostic(stderr: str, path: Path, line: int, col: int | None = None) -> re.Match:
    """stderr starts with `path:LINE:COL: error: msg`, then shows the source line and a caret under COL."""
    lines = stderr.splitlines()
    assert lines, "pyrs printed nothing on stderr"
    m = DIAG_RE.match(lines[0])
    assert m, f"first stderr line is not `file:line:col: error: message`:\n{stderr}"
    assert m.group("path") == str(path), f"diagnostic names {m.group('path')!r}, expected {str(path)!r}"
    assert int(m.group("line")) == line, f"diagnostic at line {m.group('line')}, expected {line}:\n{stderr}"
    if col is not None:
        assert int(m.group("col")) == col, f"diagnostic at column {m.group('col')}, expected {col}:\n{stderr}"
    src = path.read_text().splitlines()[line - 1]
    for i, text in enumerate(lines[1:-1], 1):
        at = text.find(src) if src.strip() else -1
        if at >= 0 and "^" in lines[i + 1]:
            caret = lines[i + 1].index("^")
            got_col = int(m.group("col"))
            assert caret - at == got_col - 1, (
                f"caret at offset {caret - at} of the source line, but the diagnostic says column {got_col}:\n{stderr}"
            )
            return m
    raise AssertionError(f"stderr does not show source line {src!r} followed by a caret line:\n{stderr}")


# ---------------------------------------------------------------------- basics

def test_help(pyrs):
    r = run(pyrs, "--help")
    assert r.returncode == 0, r.stderr
    assert "build" in r.stdout


def test_version(pyrs):
    r = run(pyrs, "--version")
    assert r.returncode == 0, r.stderr
    assert re.search(r"\d+\.\d+\.\d+", r.stdout), r.stdout


def test_build_good_file_default_dir(pyrs, tmp_path):
    """Without -o, the extension lands next to the .py, named <stem><EXT_SUFFIX>."""
    py = tmp_path / "good.py"
    py.write_text(GOOD)
    r = run(pyrs, "build", "-q", py)
    assert r.returncode == 0, r.stderr
    assert so_of(py).is_file(), sorted(p.name for p in tmp_path.iterdir())


def test_build_output_dir(pyrs, tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / "good.py").write_text(GOOD)
    r = run(pyrs, "build", "-q", "-o", out, src / "good.py")
    assert r.returncode == 0, r.stderr
    assert (out / ("good" + EXT)).is_file()
    assert not so_of(src / "good.py").exists()


def test_missing_input_file(pyrs, tmp_path):
    r = run(pyrs, "build", "-q", tmp_path / "nope.py")
    assert r.returncode != 0
    assert "nope.py" in r.stderr


# ------------------------------------------------------------ golden diagnostics

@pytest.mark.parametrize("src", ERROR_INPUTS, ids=lambda p: p.stem)
def test_unsupported_construct(pyrs, tmp_path, src):
    first = src.read_text().splitlines()[0]
    m = re.fullmatch(r"# error-at: (\d+):(\d+)", first)
    assert m, f"{src.name}: first line must be `# error-at: LINE:COL`"
    line, col = int(m.group(1)), int(m.group(2))
    py = tmp_path / src.name
    shutil.copyfile(src, py)
    r = run(pyrs, "build", "-q", "-o", tmp_path, py)
    assert r.returncode == 1, f"exit code {r.returncode}, expected 1\n{r.stderr}"
    assert not so_of(py).exists(), "a .so was produced for a file with errors"
    stderr = r.stderr.replace(str(tmp_path), "<dir>")
    golden = src.with_suffix(".stderr")
    if UPDATE:
        golden.write_text(stderr)
    check_diagnostic(r.stderr, py, line, col)
    if not UPDATE:
        assert golden.exists(), f"{golden.name} missing: run with PYRS_UPDATE_GOLDEN=1 to create it"
        assert stderr == golden.read_text(), (
            f"stderr differs from {golden.name} (PYRS_UPDATE_GOLDEN=1 rewrites it)\n"
            f"--- expected ---\n{golden.read_text()}--- got ---\n{stderr}"
        )


def test_failed_build_keeps_previous_extension(pyrs, tmp_path):
    """A broken rebuild neither deletes nor overwrites the last good .so."""
    py = tmp_path / "mod.py"
    py.write_text(GOOD)
    assert run(pyrs, "build", "-q", py).returncode == 0
    so = so_of(py)
    before = hashlib.sha256(so.read_bytes()).hexdigest()
    py.write_text(GOOD + "\n\nclass Broken:\n    pass\n")
    r = run(pyrs, "build", "-q", py)
    assert r.returncode == 1, r.stderr
    assert so.is_file(), "the previous good .so was deleted"
    assert hashlib.sha256(so.read_bytes()).hexdigest() == before, "the previous good .so was replaced"


def test_parallel_loop_with_shared_list_warns_and_runs_serially(pyrs, tmp_path):
    """A `# omp parallel for` loop reading a list made before it builds, with a warning at the
    loop that names the list (threads cannot share compiled lists); a list made per iteration
    leaves the loop parallel, without a warning."""
    py = tmp_path / "par_list.py"
    py.write_text(
        "# export f(int list, int)\n"
        "def f(xs, n):\n"
        "    t = 0\n"
        "    # omp parallel for reduction(+:t)\n"
        "    for i in range(n):\n"
        "        t += xs[i % len(xs)]\n"
        "    return t\n"
        "\n"
        "# export g(int)\n"
        "def g(n):\n"
        "    t = 0\n"
        "    # omp parallel for reduction(+:t)\n"
        "    for i in range(n):\n"
        "        ys = [i, i]\n"
        "        t += sum(ys)\n"
        "    return t\n"
    )
    r = run(pyrs, "build", "-q", py)
    assert r.returncode == 0, r.stderr
    assert f"{py}:5:5: warning: this parallel loop runs serially" in r.stderr, r.stderr
    assert f"{py}:6:14: note: `xs` (int list) is shared by every iteration" in r.stderr, r.stderr
    assert r.stderr.count("warning:") == 1, r.stderr
    assert so_of(py).is_file()


def test_malformed_annotation(pyrs, tmp_path):
    py = tmp_path / "bad_export.py"
    py.write_text("#pythran export f(int\n\n\ndef f(n):\n    return n\n")
    r = run(pyrs, "build", "-q", py)
    assert r.returncode == 1
    check_diagnostic(r.stderr, py, 1)
    assert not so_of(py).exists()


def test_malformed_annotation_type(pyrs, tmp_path):
    py = tmp_path / "bad_type.py"
    py.write_text("def f(n):\n    return n\n\n# export f(integer)\n")
    r = run(pyrs, "build", "-q", py)
    assert r.returncode == 1
    check_diagnostic(r.stderr, py, 4)


def test_export_of_missing_function(pyrs, tmp_path):
    py = tmp_path / "no_func.py"
    py.write_text("# export g(int)\n\n\ndef f(n):\n    return n\n")
    r = run(pyrs, "build", "-q", py)
    assert r.returncode == 1
    m = check_diagnostic(r.stderr, py, 1)
    assert "g" in m.group("msg")


def test_syntax_error(pyrs, tmp_path):
    py = tmp_path / "syntax.py"
    py.write_text("# export f(int)\n\n\ndef f(n)\n    return n\n")
    r = run(pyrs, "build", "-q", py)
    assert r.returncode == 1
    check_diagnostic(r.stderr, py, 4)


# ------------------------------------------------- delete the .so, .py runs unchanged

IMPORT_SCRIPT = """
import sys, numpy as np
sys.path.insert(0, sys.argv[1])
import julia
zs = np.linspace(-1.8, 1.8, 25) + 0.4j
cs = np.full(25, complex(-0.62772, -0.42193))
out = np.zeros(25, dtype=np.int64)
res = julia.calculate_z(300, zs, cs, out)
print(julia.__file__)
print(res is out, out.tolist())
"""


def test_delete_so_runs_py_unchanged(pyrs, tmp_path):
    py = tmp_path / "julia.py"
    shutil.copyfile(difftest.EXAMPLES / "julia.py", py)
    r = run(pyrs, "build", "-q", "-o", tmp_path, py)
    assert r.returncode == 0, r.stderr

    def imported():
        p = subprocess.run(
            [sys.executable, "-c", IMPORT_SCRIPT, str(tmp_path)], capture_output=True, text=True, timeout=300
        )
        assert p.returncode == 0, p.stderr
        file, result = p.stdout.splitlines()
        return file, result

    compiled_file, compiled = imported()
    assert compiled_file.endswith(EXT), f"`import julia` picked {compiled_file}, not the extension"
    so_of(py).unlink()
    pure_file, pure = imported()
    assert pure_file.endswith(".py"), pure_file
    assert compiled == pure


# ------------------------------------------------------------ Pythran's command line

def test_pythran_flags_understood(pyrs, tmp_path):
    """`pyrs -fopenmp -march=native -O3 -DUSE_XSIMD f.py` (Pythran's command) builds f.py beside
    it; nothing is misread as `-f -o penmp`."""
    py = tmp_path / "flags.py"
    py.write_text(GOOD)
    r = run(pyrs, "build", "-fopenmp", "-march=native", "-O3", "-DUSE_XSIMD", py, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert so_of(py).is_file() and not (tmp_path / "penmp").exists(), sorted(p.name for p in tmp_path.iterdir())
    for note in ("-fopenmp", "-march=native", "-O3", "-DUSE_XSIMD"):
        assert f"pyrs: {note}" in r.stderr, r.stderr
    # Pythran's form without the subcommand, -o FILE.so: the module is named after the file
    r = run(pyrs, "-fopenmp", py, "-o", "other.so", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    p = subprocess.run([sys.executable, "-c", "import other; print(other.double(21), other.__file__)"],
                       capture_output=True, text=True, cwd=tmp_path)
    assert p.stdout.split()[0] == "42" and p.stdout.split()[1].endswith("other.so"), p.stdout + p.stderr


@pytest.mark.parametrize("args, says", [
    (["-march=skylake"], "--portable"),
    (["-e"], "--emit-rust"),
    (["-p", "loop_unrolling"], "no equivalent"),
    (["-fno-math-errno"], "does not understand"),
    (["-qf"], "-q -f"),
    (["-fo"], "do not combine"),
    (["-I/usr/include"], "links no C libraries"),
])
def test_pythran_flags_refused(pyrs, tmp_path, args, says):
    py = tmp_path / "refused.py"
    py.write_text(GOOD)
    r = run(pyrs, "build", *args, py, cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert r.stderr.startswith("error: ") and says in r.stderr, r.stderr
    assert not so_of(py).exists() and sorted(p.name for p in tmp_path.iterdir()) == ["refused.py"]


# ------------------------------------------------------------ docstrings and signatures

DOCS = '''\
"""Kernels with documentation."""
# export scale(float[], float?)
# export scale(float32[], float?)
def scale(a, factor=2.5):
    """Multiply `a` by `factor` in place."""
    a *= factor
    return a


#pythran export calculate_z(int, complex[], complex[], int[])
def calculate_z(maxiter, zs, cs, output):
    for i in range(len(zs)):
        output[i] = maxiter
'''


def test_docstrings_and_signatures(pyrs, tmp_path):
    py = tmp_path / "documented.py"
    py.write_text(DOCS)
    r = run(pyrs, "build", "-q", py)
    assert r.returncode == 0, r.stderr
    code = textwrap.dedent("""
        import inspect, json, documented as m
        print(json.dumps([m.__doc__, str(inspect.signature(m.scale)), m.scale.__doc__,
                          str(inspect.signature(m.calculate_z)), m.calculate_z.__doc__,
                          m.calculate_z.__text_signature__]))
    """)
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    import json
    mod_doc, sig, doc, sig_z, doc_z, text_sig = json.loads(p.stdout)
    assert mod_doc == "Kernels with documentation."
    assert sig == "(a, factor=2.5)"
    assert doc.startswith("Multiply `a` by `factor` in place.")
    assert "scale(float[:], float?)" in doc.replace("float64", "float") and "scale(float32[:], float?)" in doc, doc
    assert sig_z == "(maxiter, zs, cs, output)" and text_sig == "(maxiter, zs, cs, output)"
    assert "calculate_z(int, complex" in doc_z


# ------------------------------------------------------------ the environment, named as such

def test_old_python_is_named(pyrs, tmp_path):
    fake = tmp_path / "python3.8"
    fake.write_text(textwrap.dedent("""\
        #!/bin/sh
        printf '%s\\n' /usr/bin/python3.8 .cpython-38-x86_64-linux-gnu.so .abi3.so cp38 8 3.8.18 /usr/bin/python3.8
    """))
    fake.chmod(0o755)
    py = tmp_path / "old.py"
    py.write_text(GOOD)
    r = run(pyrs, "build", "-q", "--python", fake, py)
    assert r.returncode == 1
    assert "Python 3.8.18" in r.stderr and "3.9 or newer" in r.stderr and "--python" in r.stderr, r.stderr
    assert "bug in pyrs" not in r.stderr


def cargo_dirs() -> list[str]:
    return sorted({str(Path(shutil.which(t)).parent) for t in ("cargo", "rustc")})


def test_missing_linker_is_named(pyrs, tmp_path):
    """No `cc` on PATH: the build stops saying a C linker is missing, not that pyrs has a bug."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    os.symlink(sys.executable, bin_dir / "python3")
    env = dict(os.environ, PATH=os.pathsep.join([str(bin_dir), *cargo_dirs()]))
    env.pop("CC", None)
    if any((Path(d) / "cc").exists() for d in cargo_dirs()):
        pytest.skip("cc lives beside cargo")
    py = tmp_path / "nolinker.py"
    py.write_text(GOOD)
    r = subprocess.run([str(pyrs), "build", "-q", "--python", sys.executable, str(py)], capture_output=True, text=True,
                       env=env, timeout=1800)
    assert r.returncode == 1
    assert "C compiler/linker" in r.stderr and "build-essential" in r.stderr, r.stderr
    assert "bug in pyrs" not in r.stderr and not so_of(py).exists()


def test_no_network_on_first_build_is_named(pyrs, tmp_path):
    """A first build (cold cache) that cannot reach crates.io: says so, after the first-build line."""
    py = tmp_path / "offline.py"
    py.write_text(GOOD)
    env = dict(os.environ, PYRS_CACHE_DIR=str(tmp_path / "cache"), CARGO_HOME=str(tmp_path / "cargo-home"),
               CARGO_HTTP_PROXY="http://127.0.0.1:9", HTTPS_PROXY="http://127.0.0.1:9", CARGO_NET_RETRY="0")
    r = subprocess.run([str(pyrs), "build", "-q", str(py)], capture_output=True, text=True, env=env, timeout=600)
    assert r.returncode == 1
    assert "pyrs: first build for" in r.stderr and "once" in r.stderr, r.stderr
    assert "no network access to crates.io" in r.stderr and "later builds work offline" in r.stderr, r.stderr
    assert "bug in pyrs" not in r.stderr


# ------------------------------------------------------------ the cache

def cache_listing(pyrs, python, env=None):
    r = subprocess.run([str(pyrs), "cache", "--python", str(python)], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    return r.stdout


def current_workspace(pyrs, python, env=None) -> str:
    m = re.search(r"^current workspace: (\S+)", cache_listing(pyrs, python, env), re.M)
    assert m, cache_listing(pyrs, python, env)
    return m.group(1)


def test_one_cache_per_python(pyrs, tmp_path):
    """A venv's python, its base interpreter and a symlink to it share one workspace."""
    base = Path(sys.executable).resolve()
    link = tmp_path / "py-link"
    os.symlink(base, link)
    names = {current_workspace(pyrs, p) for p in (sys.executable, base, link)}
    assert len(names) == 1, names


def test_debug_build_reuses_the_release_dependencies(pyrs, tmp_path):
    """--debug compiles only the module's own crate (no second dependency build)."""
    py = tmp_path / "dbg.py"
    py.write_text(GOOD)
    assert run(pyrs, "build", "-q", py).returncode == 0  # the dependencies are there
    py.write_text(GOOD + "\n# debug\n")
    r = run(pyrs, "build", "--debug", py)
    assert r.returncode == 0, r.stderr
    compiled = re.findall(r"^pyrs: \[\d+(?:/\d+)?\] compiling (\S+)", r.stderr, re.M)
    assert compiled and all(c.startswith("pyrs_mod_dbg_") for c in compiled), r.stderr
    stamp = subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(difftest.REPO / 'python')!r}); "
                            f"import pyrs; print(pyrs.read_stamp({str(so_of(py))!r})['flags'])"],
                           capture_output=True, text=True)
    assert stamp.stdout.strip() == "debug,native", stamp.stdout + stamp.stderr


def test_cache_heals_an_incomplete_crate(pyrs, tmp_path):
    """A crate directory with a Cargo.toml but no src/lib.rs (an interrupted pyrs) is removed,
    instead of breaking every later build of the workspace."""
    py = tmp_path / "heal.py"
    py.write_text(GOOD)
    assert run(pyrs, "build", "-q", py).returncode == 0
    ws = Path(current_workspace(pyrs, sys.executable))
    broken = ws / "crates" / "pyrs_mod_broken_00000000"
    broken.mkdir(parents=True, exist_ok=True)
    (broken / "Cargo.toml").write_text('[package]\nname = "pyrs_mod_broken_00000000"\nversion = "0.0.0"\n')
    old = time.time() - 3600  # not one another pyrs is writing right now
    os.utime(broken, (old, old))
    py.write_text(GOOD + "\n# again\n")
    r = run(pyrs, "build", py)
    assert r.returncode == 0, r.stderr
    assert "removing an incomplete crate" in r.stderr and not broken.exists()


def test_cache_heals_a_truncated_manifest(pyrs, tmp_path):
    """A crate whose Cargo.toml was cut short (a build killed while writing it: empty here) is
    removed too; it used to count as complete and break every later build of the workspace."""
    py = tmp_path / "heal2.py"
    py.write_text(GOOD)
    assert run(pyrs, "build", "-q", py).returncode == 0
    ws = Path(current_workspace(pyrs, sys.executable))
    broken = ws / "crates" / "pyrs_mod_truncated_00000000"
    (broken / "src").mkdir(parents=True, exist_ok=True)
    (broken / "src" / "lib.rs").write_text("")
    (broken / "Cargo.toml").write_text("")
    # and one garbled (its first line lost its `#`)
    garbled = ws / "crates" / "pyrs_mod_garbled_00000000"
    (garbled / "src").mkdir(parents=True, exist_ok=True)
    (garbled / "src" / "lib.rs").write_text("")
    (garbled / "Cargo.toml").write_text(
        '\n Written by pyrs.\n[package]\nname = "pyrs_mod_garbled_00000000"\nversion = "0.0.0"\n[lib]\npath = "src/lib.rs"\n')
    old = time.time() - 3600
    os.utime(garbled, (old, old))
    os.utime(broken, (old, old))
    py.write_text(GOOD + "\n# again\n")
    r = run(pyrs, "build", py)
    assert r.returncode == 0, r.stderr
    assert "removing an incomplete crate" in r.stderr and not broken.exists() and not garbled.exists()


def test_cache_show_and_clean(pyrs, tmp_path):
    cache = tmp_path / "cache"
    env = dict(os.environ, PYRS_CACHE_DIR=str(cache))
    current = Path(current_workspace(pyrs, sys.executable, env))
    other = cache / "cp39-deadbeef"
    for ws, ident in ((current, "this python"), (other, "/usr/bin/python3.9 3.9.2 .cpython-39-x86_64-linux-gnu.so")):
        (ws / "target").mkdir(parents=True)
        (ws / "python.txt").write_text(ident + "\n")
        (ws / "target" / "blob").write_bytes(b"x" * 3_000_000)
    (cache / "magic").mkdir()
    out = cache_listing(pyrs, sys.executable, env)
    assert str(cache) in out and "cp39-deadbeef" in out and "/usr/bin/python3.9" in out and "<- current" in out, out
    assert re.search(r"^\s+6 MB\s+total", out, re.M), out
    r = subprocess.run([str(pyrs), "cache", "clean", "--keep-current", "--python", sys.executable],
                       capture_output=True, text=True, env=env)
    assert r.returncode == 0 and "removed 3 MB" in r.stdout, r.stdout + r.stderr
    assert current.exists() and not other.exists() and not (cache / "magic").exists()
    r = subprocess.run([str(pyrs), "cache", "clean"], capture_output=True, text=True, env=env)
    assert r.returncode == 0 and not current.exists(), r.stdout + r.stderr
