"""pyrs in Python packaging: the pyrs-compiler wheel, the setuptools build step of the sample
package (compiled, and the pure-Python fallback without a Rust toolchain), abi3 modules, the
import-time staleness warning, the up-to-date skip, the autobuild hook, the %%pyrs magic and the
annotate report.

One wheel of pyrs is built per session (`pip wheel` of the repository: maturin reuses
target/release) and installed into one fresh venv (numpy 1.x there, while the rest of the suite
runs numpy 2.x). Everything run inside the venv uses the runtime embedded in the binary
(PYRS_RUNTIME_DIR=embedded), as an installed pyrs does.
"""
from __future__ import annotations

import glob
import hashlib
import html.parser
import os
import re
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

import difftest

REPO = difftest.REPO
PACKAGE = REPO / "examples" / "package"
PYPATH = str(REPO / "python")
TIMEOUT = 1800


def run(cmd, env=None, cwd=None, check=True, timeout=TIMEOUT):
    r = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, env=env, cwd=cwd, timeout=timeout)
    if check and r.returncode != 0:
        raise AssertionError(f"{' '.join(map(str, cmd))} failed ({r.returncode}):\n{r.stdout}\n{r.stderr}")
    return r


def dev_env(pyrs, **extra):
    """The repository's python/ package on sys.path, the freshly built binary."""
    env = dict(os.environ)
    env["PYTHONPATH"] = PYPATH + os.pathsep + env.get("PYTHONPATH", "")
    env["PYRS_BIN"] = str(pyrs)
    env.update(extra)
    return env


# ------------------------------------------------------------------ the wheel and a fresh venv

@pytest.fixture(scope="session")
def pyrs_wheel(tmp_path_factory, pyrs):
    out = tmp_path_factory.mktemp("wheel")
    run([sys.executable, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps", "-q", "-w", out, REPO])
    wheels = list(out.glob("pyrs_compiler-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="session")
def venv(tmp_path_factory, pyrs_wheel):
    d = tmp_path_factory.mktemp("venv") / "v"
    run([sys.executable, "-m", "venv", d])
    py = d / "bin" / "python"
    run([py, "-m", "pip", "install", "-q", "numpy<2", "setuptools>=70.1", "pytest", pyrs_wheel])
    return d


def venv_env(venv, **extra):
    env = {k: v for k, v in os.environ.items() if k not in ("PYRS_BIN", "PYRS_PYTHON", "PYTHONPATH", "PYRS_RUNTIME_DIR")}
    env["PATH"] = str(venv / "bin") + os.pathsep + env["PATH"]
    env["PYRS_RUNTIME_DIR"] = "embedded"  # what an installed pyrs uses: the runtime inside the binary
    env.update(extra)
    return env


def site_packages(venv) -> Path:
    return Path(glob.glob(str(venv / "lib" / "python3*" / "site-packages"))[0])


def test_wheel_holds_the_command_and_the_package(pyrs_wheel, venv):
    names = zipfile.ZipFile(pyrs_wheel).namelist()
    assert any(n.endswith(".data/scripts/pyrs") for n in names), names
    for mod in ("__init__", "setuptools", "autobuild", "magic", "_tool"):
        assert f"pyrs/{mod}.py" in names
    assert "-py3-none-" in pyrs_wheel.name, "one pyrs wheel serves every Python version"
    r = run([venv / "bin" / "pyrs", "--version"], env=venv_env(venv))
    assert "pyrs 0.1.0" in r.stdout
    r = run([venv / "bin" / "python", "-c", "import pyrs; print(pyrs.find_pyrs(), pyrs.__version__)"], env=venv_env(venv))
    assert str(venv / "bin" / "pyrs") in r.stdout


def copy_package(tmp_path) -> Path:
    dst = tmp_path / "package"
    shutil.copytree(PACKAGE, dst, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__", "*.so"))
    return dst


def pip_install_package(venv, src, env):
    return run(
        [venv / "bin" / "python", "-m", "pip", "install", "-v", "--no-build-isolation", "--no-deps", "--force-reinstall", src],
        env=env,
        check=False,
    )


def run_package_tests(venv, src, expect, tmp_path):
    """The package's own tests, run from its folder as its README says (the src layout keeps the
    sources off sys.path: they test the installed package)."""
    env = venv_env(venv, MYPKG_EXPECT=expect)
    r = run([venv / "bin" / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"], env=env, cwd=src, check=False)
    assert r.returncode == 0, r.stdout + r.stderr


def test_sample_package_installs_compiled(venv, tmp_path):
    src = copy_package(tmp_path)
    r = pip_install_package(venv, src, venv_env(venv, PYRS_REQUIRED="1"))
    assert r.returncode == 0, r.stdout + r.stderr
    installed = sorted(p.name for p in (site_packages(venv) / "mypkg").iterdir())
    assert "kernels.py" in installed and f"kernels{difftest.EXT_SUFFIX}" in installed, installed
    # pip -v shows pyrs's output as it builds
    assert "pyrs: compiling src/mypkg/kernels.py" in r.stdout + r.stderr, r.stdout + r.stderr
    run_package_tests(venv, src, "compiled", tmp_path)
    # numpy 1.x at run time in this venv (the rest of the suite runs numpy 2.x)
    r = run([venv / "bin" / "python", "-c", "import numpy; print(numpy.__version__)"], env=venv_env(venv))
    assert r.stdout.startswith("1."), r.stdout


def test_sample_package_installs_with_build_isolation(venv, pyrs_wheel, tmp_path):
    """README's sequence: `pip install --find-links dist examples/package`: pip's isolated build
    environment gets setuptools from the index and pyrs-compiler from the wheel directory."""
    src = copy_package(tmp_path)
    r = run(
        [venv / "bin" / "python", "-m", "pip", "install", "--find-links", pyrs_wheel.parent, "--no-deps",
         "--force-reinstall", src],
        env=venv_env(venv, PYRS_REQUIRED="1"),
        check=False,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    installed = sorted(p.name for p in (site_packages(venv) / "mypkg").iterdir())
    assert f"kernels{difftest.EXT_SUFFIX}" in installed, installed
    run_package_tests(venv, src, "compiled", tmp_path)


def test_build_progress_reaches_python_callers_as_it_comes(tmp_path, monkeypatch):
    """pyrs.build (used by autobuild, %%pyrs and setuptools) copies pyrs's progress lines to
    sys.stderr while the build runs, not at its end; quiet builds pass on the `pyrs: ` lines only."""
    import io
    import time

    sys.path.insert(0, PYPATH)
    try:
        from pyrs import _tool
    finally:
        sys.path.remove(PYPATH)
    fake = tmp_path / "pyrs"
    fake.write_text("#!/bin/sh\necho 'pyrs: first build for python: ~1 minute' >&2\nsleep 1\n"
                    "echo 'cargo noise' >&2\necho 'pyrs: [1/2] compiling x' >&2\nsleep 1\nexit 0\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PYRS_BIN", str(fake))
    seen = []

    class Recorder(io.StringIO):
        def write(self, s):
            seen.append((time.monotonic(), s))
            return len(s)

    monkeypatch.setattr(sys, "stderr", Recorder())
    t0 = time.monotonic()
    r = _tool.build(tmp_path / "x.py")
    t_end = time.monotonic()
    lines = [s for _, s in seen]
    assert lines == ["pyrs: first build for python: ~1 minute\n", "pyrs: [1/2] compiling x\n"], lines
    assert seen[0][0] - t0 < t_end - t0 - 1.5, "the first line came only at the end"
    assert "cargo noise" in r.stderr


def path_without_rust() -> str:
    keep = [d for d in os.environ["PATH"].split(os.pathsep) if not (Path(d) / "cargo").exists() and not (Path(d) / "rustc").exists()]
    return os.pathsep.join(keep)


def test_sample_package_falls_back_to_the_py_without_rust(venv, tmp_path):
    src = copy_package(tmp_path)
    env = venv_env(venv)
    env["PATH"] = str(venv / "bin") + os.pathsep + path_without_rust()
    r = pip_install_package(venv, src, env)
    assert r.returncode == 0, r.stdout + r.stderr
    out = r.stdout + r.stderr
    assert "pyrs WARNING: could not compile src/mypkg/kernels.py" in out, out
    assert "cargo was not found" in out and "rustup.rs" in out, out
    installed = sorted(p.name for p in (site_packages(venv) / "mypkg").iterdir())
    assert "kernels.py" in installed and not any(n.startswith("kernels.") and n != "kernels.py" for n in installed), installed
    run_package_tests(venv, src, "pure", tmp_path)

    # required mode: the same install fails, saying why
    r = pip_install_package(venv, copy_package(tmp_path / "req"), {**env, "PYRS_REQUIRED": "1"})
    assert r.returncode != 0
    assert "pyrs could not compile src/mypkg/kernels.py (required)" in r.stdout + r.stderr


# ------------------------------------------------------------------ abi3

def other_cpythons() -> list[Path]:
    """CPython >= 3.9 interpreters of other versions found on this machine (pyenv, PATH)."""
    found = {}
    cands = [Path(p) for p in glob.glob(os.path.expanduser("~/.pyenv/versions/3.*/bin/python3"))]
    cands += [Path(p) for m in range(9, 16) if (p := shutil.which(f"python3.{m}"))]
    for c in cands:
        r = subprocess.run([c, "-c", "import sys; print(sys.version_info[1], sys.implementation.name)"], capture_output=True, text=True)
        if r.returncode != 0:
            continue
        minor, impl = r.stdout.split()
        if impl == "cpython" and int(minor) >= 9 and int(minor) != sys.version_info[1]:
            found.setdefault(int(minor), c)
    return [found[m] for m in sorted(found)]


@pytest.fixture(scope="session")
def abi3_build(tmp_path_factory, pyrs):
    d = tmp_path_factory.mktemp("abi3")
    for name in ("fib.py", "trapez.py", "julia.py"):
        shutil.copy(REPO / "examples" / name, d / name)
    run([pyrs, "build", "-q", "--abi3", "--portable", "--python", sys.executable, d / "fib.py", d / "trapez.py", d / "julia.py"],
        env=dev_env(pyrs, PYRS_RUNTIME_DIR="embedded"))
    return d


def load_abi3(path: Path):
    import importlib.machinery
    import importlib.util

    name = path.name.split(".")[0]
    loader = importlib.machinery.ExtensionFileLoader(name, str(path))
    spec = importlib.util.spec_from_file_location(name, path, loader=loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    return mod


def test_abi3_module_agrees_with_cpython(abi3_build):
    for stem in ("fib", "trapez", "julia"):
        so = abi3_build / f"{stem}.abi3.so"
        assert so.exists(), sorted(os.listdir(abi3_build))
        comp = load_abi3(so)
        pure = difftest.load_pure(abi3_build / f"{stem}.py")
        cases = difftest.parse_cases(abi3_build / f"{stem}.py")
        assert cases
        for case in cases:
            failure = difftest.run_case(case, pure, comp)
            assert failure is None, failure


ABI3_CHECK = textwrap.dedent(
    """
    import importlib.util, sys
    sys.path.insert(0, sys.argv[1])
    import fib, trapez
    assert fib.__file__.endswith('.abi3.so'), fib.__file__
    def pure(stem):
        spec = importlib.util.spec_from_file_location('_pure_' + stem, sys.argv[1] + '/' + stem + '.py')
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m
    pf, pt = pure('fib'), pure('trapez')
    assert fib.fib(20) == pf.fib(20) == 6765
    assert abs(trapez.trapez(1.0, 5.0, 1000) - pt.trapez(1.0, 5.0, 1000)) < 1e-9
    print('ok', sys.version_info[:2])
    """
)


def test_abi3_module_imports_under_other_cpythons(abi3_build):
    others = other_cpythons()
    if not others:
        pytest.skip("no second CPython >= 3.9 on this machine")
    for py in others:
        r = run([py, "-c", ABI3_CHECK, abi3_build], env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"}, check=False)
        assert r.returncode == 0 and r.stdout.startswith("ok"), f"{py}:\n{r.stdout}{r.stderr}"


# ------------------------------------------------------------------ staleness, up-to-date skip

GOOD = textwrap.dedent(
    """\
    # export double(int)
    def double(n):
        return 2 * n
    """
)


def so_of(py: Path) -> Path:
    return py.with_name(py.stem + difftest.EXT_SUFFIX)


def test_stale_module_warns_at_import(pyrs, tmp_path):
    src = tmp_path / "stalemod.py"
    src.write_text(GOOD)
    run([pyrs, "build", "-q", src], env=dev_env(pyrs))
    code = "import stalemod, hashlib; print(stalemod.__pyrs_source_sha256__); print(stalemod.double(21))"
    # fresh: no warning even when warnings are errors; the recorded hash is hashlib's SHA-256
    r = run([sys.executable, "-W", "error::RuntimeWarning", "-c", code], cwd=tmp_path)
    sha, val = r.stdout.split()
    assert sha == hashlib.sha256(src.read_bytes()).hexdigest() and val == "42"
    src.write_text(GOOD.replace("2 * n", "3 * n"))
    r = run([sys.executable, "-c", code], cwd=tmp_path)
    assert "RuntimeWarning" in r.stderr
    assert str(so_of(src)) in r.stderr and str(src) in r.stderr and f"pyrs build {src}" in r.stderr, r.stderr
    assert r.stdout.split()[1] == "42", "the (old) compiled module is what was imported"


def test_up_to_date_build_is_skipped_unless_forced(pyrs, tmp_path):
    src = tmp_path / "skipmod.py"
    src.write_text(GOOD)
    run([pyrs, "build", "-q", src], env=dev_env(pyrs))
    so = so_of(src)
    before = so.stat().st_mtime_ns
    r = run([pyrs, "build", src], env=dev_env(pyrs))
    assert "up to date" in r.stderr and so.stat().st_mtime_ns == before
    r = run([pyrs, "build", "--force", src], env=dev_env(pyrs))
    assert "up to date" not in r.stderr and so.stat().st_mtime_ns != before
    before = so.stat().st_mtime_ns
    src.write_text(GOOD + "\n# changed\n")
    r = run([pyrs, "build", src], env=dev_env(pyrs))
    assert "up to date" not in r.stderr and so.stat().st_mtime_ns != before
    # the record can be read without importing the module
    r = run([sys.executable, "-c", f"import pyrs; print(pyrs.read_stamp({str(so)!r})); print(pyrs.stale_reason({str(src)!r}))"], env=dev_env(pyrs))
    assert hashlib.sha256(src.read_bytes()).hexdigest() in r.stdout and "release,native" in r.stdout
    assert r.stdout.strip().endswith("None")


# ------------------------------------------------------------------ autobuild, %%pyrs

AUTOBUILD = textwrap.dedent(
    """
    import warnings
    warnings.simplefilter("always")
    import pyrs.autobuild
    import abmod
    print(abmod.__file__)
    print(abmod.double(21))
    """
)


def test_autobuild_builds_stale_modules_and_falls_back(pyrs, tmp_path):
    src = tmp_path / "abmod.py"
    src.write_text(GOOD)
    env = dev_env(pyrs)
    r = run([sys.executable, "-c", AUTOBUILD], env=env, cwd=tmp_path)
    assert r.stdout.split() == [str(so_of(src)), "42"], r.stdout + r.stderr
    # changed source: rebuilt on import, no stale warning
    src.write_text(GOOD.replace("2 * n", "3 * n"))
    r = run([sys.executable, "-c", AUTOBUILD], env=env, cwd=tmp_path)
    assert r.stdout.split() == [str(so_of(src)), "63"], r.stdout + r.stderr
    assert "RuntimeWarning" not in r.stderr, r.stderr
    # a construct pyrs cannot compile: the .py is imported, with a warning carrying the diagnostic
    src.write_text(GOOD.replace("return 2 * n", "return [k for k in range(n)] and 4 * n"))
    r = run([sys.executable, "-c", AUTOBUILD], env=env, cwd=tmp_path)
    assert r.stdout.split() == [str(src), "84"], r.stdout + r.stderr
    assert "could not compile" in r.stderr and "abmod.py:" in r.stderr, r.stderr


MAGIC = textwrap.dedent(
    '''
    from IPython.core.interactiveshell import InteractiveShell
    ip = InteractiveShell.instance()
    ip.run_line_magic("load_ext", "pyrs")
    ip.run_cell_magic("pyrs", "", """
    # export hyp(float, float), steps(int)
    import math
    def hyp(a, b):
        return math.sqrt(a * a + b * b)
    def steps(n):
        k = 0
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            k += 1
        return k
    """)
    hyp, steps = ip.user_ns["hyp"], ip.user_ns["steps"]
    print(hyp(3.0, 4.0), steps(27), type(hyp).__name__, hyp.__module__)
    '''
)


def test_ipython_cell_magic(pyrs, tmp_path):
    pytest.importorskip("IPython")
    r = run([sys.executable, "-c", MAGIC], env=dev_env(pyrs), cwd=tmp_path)
    out = r.stdout.split()
    assert out[:3] == ["5.0", "111", "builtin_function_or_method"], r.stdout + r.stderr
    assert out[3].startswith("_pyrs_magic_")


# ------------------------------------------------------------------ annotate

class ReportParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.lines = {}  # line -> {"marks", "types", "rust"}
        self.exports = []
        self.counts = {}
        self._in = None
        self._cur = None
        self._stack = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "details" and "data-line" in a:
            self._cur = self.lines.setdefault(int(a["data-line"]), {"marks": a.get("data-marks", "").split(), "types": a["data-types"], "rust": ""})
        if tag == "p" and "counts" in a.get("class", ""):
            self.counts = {k[5:]: int(v) for k, v in a.items() if k.startswith("data-")}
        if tag == "tr" and a.get("class") == "export":
            self.exports.append("")
            self._in = "export"
        if tag == "pre" and self._cur is not None:
            self._in = "rust"

    def handle_endtag(self, tag):
        if tag == "details":
            self._cur = None
        if tag in ("pre", "tr"):
            self._in = None

    def handle_data(self, data):
        if self._in == "rust":
            self._cur["rust"] += data
        elif self._in == "export":
            self.exports[-1] += data


def annotate(pyrs, tmp_path, example):
    out = tmp_path / (Path(example).stem + ".html")
    run([pyrs, "annotate", REPO / "examples" / example, "-o", out])
    p = ReportParser()
    p.feed(out.read_text())
    return out, p


def test_annotate_report(pyrs, tmp_path):
    out, p = annotate(pyrs, tmp_path, "julia_parallel.py")
    src = (REPO / "examples" / "julia_parallel.py").read_text().splitlines()
    lineno = lambda needle: next(i for i, l in enumerate(src, 1) if needle in l)  # noqa: E731
    assert "calculate_z(int, complex[:], complex[:], int[:])" in " ".join(p.exports).replace("complex128", "complex"), p.exports
    d = p.lines[lineno("def calculate_z")]
    assert "python" in d["marks"] and "maxiter: int" in d["types"] and "pyfunction" in d["rust"]
    loop = p.lines[lineno("for i in range(len(zs))")]
    assert "parallel" in loop["marks"] and "rt::parallel" in loop["rust"]
    assert "z: numpy.complex128" in p.lines[lineno("z = z * z + c")]["types"]
    assert "n: int" in p.lines[lineno("n += 1")]["types"] and "raises" in p.lines[lineno("n += 1")]["marks"]
    assert p.counts["parallel"] == 1 and p.counts["compiled"] >= 8
    # every compiled line carries its Rust; the comment lines carry none
    assert all(l["rust"].strip() for l in p.lines.values())
    assert lineno("#omp parallel for") not in p.lines
    # a list kernel: allocation marks
    _, p2 = annotate(pyrs, tmp_path, "julia_list.py")
    assert p2.counts["alloc"] >= 1 and any("alloc" in l["marks"] and "rt::List" in l["rust"] for l in p2.lines.values())

    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if chromium:
        png = tmp_path / "report.png"
        r = subprocess.run(
            [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1100,900",
             f"--screenshot={png}", out.as_uri()],
            capture_output=True, text=True, timeout=120,
        )
        assert png.exists() and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20000, r.stderr


def test_annotate_says_why_a_line_is_slow(pyrs, tmp_path):
    """String- and dict-heavy code that does not speed up shows where: str / hash marks, and a
    reason per mark under the line."""
    for example, mark, reason in (("parse_int.py", "str", "makes or copies strings"),
                                  ("common_elements.py", "hash", "hashes keys")):
        out, p = annotate(pyrs, tmp_path, example)
        assert p.counts[mark] >= 1, p.counts
        html_text = out.read_text()
        blocks = []
        for chunk in html_text.split("<details ")[1:]:
            chunk = chunk.split("</details>")[0]
            marks = re.search(r'data-marks="([^"]*)"', chunk).group(1)
            why = re.search(r'<ul class="why">(.*?)</ul>', chunk)
            blocks.append((marks, why.group(1) if why else ""))
        assert any(mark in marks.split() and reason in why for marks, why in blocks), blocks[:3]
        # every marked line says why, for each of its marks but `parallel`
        for marks, why in blocks:
            assert why.count("<li>") == len([m for m in marks.split() if m != "parallel"]), (marks, why)
