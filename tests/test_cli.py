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
