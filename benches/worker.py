"""One benchmark worker: one tool on one kernel, in its own process (driven by benches/run.py).

    python benches/worker.py --tool TOOL --kernel examples/K.py --work DIR [--quick] [--so PATH]

TOOL is one of cpython, numpy, pyrs, pythran, pythran-native, numba, cython. The worker
builds or imports its implementation, runs the kernel's `#setup:` (or `#quick-setup:`)
lines, runs the `#run:` expression once (the `#numpy:` lines for the numpy tool) and
checks the outcome and every array/list of the namespace against CPython's (the cpython
worker writes that reference to DIR/ref-K.pkl; it must run first). Then it answers
commands on stdin, one per line, with one JSON line each on stdout:

    time    -> {"event": "sample", "per_call_s": ..., "calls": ...}
    quit    -> exits

The first line it prints is {"event": "ready", ...} or {"event": "failed", "reason": ...}.
Anything else the tools print goes to stderr.
"""
from __future__ import annotations

import argparse
import ast
import gc
import importlib.machinery
import importlib.util
import json
import math
import os
import pickle
import re
import shutil
import subprocess
import sys
import sysconfig
import time
import traceback
import types
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import difftest  # noqa: E402

EXT_SUFFIX = sysconfig.get_config_var("EXT_SUFFIX")
TOOLS = ["cpython", "numpy", "pyrs", "pythran", "pythran-native", "numba", "cython"]
NUMPY_RE = re.compile(r"^\s*#\s*numpy\s*:\s?(.*?)\s*$")
SAMPLE_S = 0.2  # a timing sample repeats the call until it lasts about this long (full mode)


class Failed(Exception):
    def __init__(self, stage: str, reason: str):
        super().__init__(f"{stage}: {reason}")
        self.stage, self.reason = stage, reason


def numpy_code(path: Path) -> str | None:
    """The kernel's `#numpy:` lines joined (a statement block, or one expression), or None."""
    lines = [m.group(1) for m in map(NUMPY_RE.match, path.read_text().splitlines()) if m]
    return "\n".join(lines) if lines else None


def load_extension(so: Path, name: str):
    loader = importlib.machinery.ExtensionFileLoader(name, str(so))
    spec = importlib.util.spec_from_file_location(name, so, loader=loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    if not str(getattr(mod, "__file__", "")).endswith(EXT_SUFFIX):
        raise Failed("import", f"{so} did not load as an extension module")
    return mod


def run_build(cmd: list[str], cwd: Path, what: str, env=None) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)
    dt = time.perf_counter() - t0
    sys.stderr.write(f"$ {' '.join(cmd)}\n{proc.stdout}{proc.stderr}")
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()
        # the most telling lines: errors first, else the end of the log
        errs = [ln.strip() for ln in tail if ": error:" in ln or ln.startswith(("E:", "CRITICAL"))]
        picked = errs[:2] + errs[-1:] if len(errs) > 3 else errs
        raise Failed("build", f"{what} exited {proc.returncode}: " + " | ".join(picked or tail[-3:])[:800])
    return dt


def pythran_source(src: Path, dst: Path) -> None:
    """Copy the kernel, turning pyrs's `# export f(...)` comments into `#pythran export f(...)`."""
    out = []
    for line in src.read_text().splitlines():
        m = re.match(r"^\s*#\s*export\s+(.*)$", line)
        out.append(f"#pythran export {m.group(1)}" if m else line)
    dst.write_text("\n".join(out) + "\n")


CYTHON_SETUP = """
import sys
from setuptools import setup, Extension
from Cython.Build import cythonize
name = sys.argv[1]
setup(name=name, script_args=["build_ext", "--inplace", "-q"],
      ext_modules=cythonize([Extension(name, [name + ".py"], extra_compile_args=["-O3"])],
                            language_level=3, quiet=True))
"""


def prepare_module(tool: str, kernel: Path, work: Path, so: Path | None, info: dict):
    """Build and/or import the implementation; returns the module (None for numpy)."""
    stem = kernel.stem
    if tool == "cpython":
        return difftest.load_pure(kernel)
    if tool == "numpy":
        return None
    if tool == "pyrs":
        if so is None or not so.is_file():
            raise Failed("build", "pyrs did not build this kernel")
        return load_extension(so, stem)
    if tool in ("pythran", "pythran-native"):
        try:
            import pythran
        except ImportError as exc:
            raise Failed("import", f"pythran not installed: {exc}")
        info["version"] = pythran.__version__
        d = work / tool / stem
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
        pythran_source(kernel, d / f"{stem}.py")
        exe = Path(sys.executable).parent / "pythran"
        cmd = [str(exe) if exe.exists() else "pythran"]
        if tool == "pythran-native":
            cmd += ["-O3", "-march=native"]
        cmd += ["-o", f"{stem}{EXT_SUFFIX}", f"{stem}.py"]
        info["build_s"] = run_build(cmd, d, "pythran")
        info["flags"] = " ".join(cmd[1:-3]) or "(default)"
        return load_extension(d / f"{stem}{EXT_SUFFIX}", stem)
    if tool == "cython":
        try:
            import Cython
        except ImportError as exc:
            raise Failed("import", f"Cython not installed: {exc}")
        info["version"] = Cython.__version__
        d = work / tool / stem
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
        shutil.copyfile(kernel, d / f"{stem}.py")
        info["build_s"] = run_build([sys.executable, "-c", CYTHON_SETUP, stem], d, "cythonize")
        info["flags"] = "pure-Python mode, -O3"
        return load_extension(d / f"{stem}{EXT_SUFFIX}", stem)
    if tool == "numba":
        try:
            import numba
        except ImportError as exc:
            raise Failed("import", f"numba not installed: {exc}")
        info["version"] = numba.__version__
        # the module must be in sys.modules: numba links recursive calls through it
        name = "_pure_" + stem
        spec = importlib.util.spec_from_file_location(name, kernel)
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        spec.loader.exec_module(mod)
        # njit every function of the unchanged module, so helpers and recursion resolve to
        # jitted code (numba looks globals up in the module dict at compile time)
        for name, obj in list(vars(mod).items()):
            if isinstance(obj, types.FunctionType) and obj.__module__ == mod.__name__:
                setattr(mod, name, numba.njit(obj))
        return mod
    raise Failed("setup", f"unknown tool {tool}")


def make_namespace(setup: str, mod, exports) -> dict:
    ns = dict(difftest.CASE_NAMESPACE)
    exec(setup, ns)
    if mod is not None:
        for name in exports:
            ns[name] = getattr(mod, name)
    return ns


def runner(tool: str, bench, kernel: Path):
    """(code object, is_expression) for what this tool times."""
    if tool == "numpy":
        src = numpy_code(kernel)
        if src is None:
            raise Failed("setup", "the kernel has no #numpy: line")
    else:
        src = bench.run
    try:
        return compile(src, f"<{kernel.stem} {tool}>", "eval"), True
    except SyntaxError:
        return compile(src, f"<{kernel.stem} {tool}>", "exec"), False


def call_once(code, is_expr: bool, ns: dict):
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        if is_expr:
            return eval(code, ns)
        exec(code, ns)
        return None


def data_items(ns: dict) -> dict:
    return {k: v for k, v in ns.items() if isinstance(v, (np.ndarray, list)) and not k.startswith("__")}


def fast_diff(e, a, path: str) -> str | None:
    """difftest.diff, with a vectorised pass first so million-element arrays compare quickly."""
    if isinstance(e, np.ndarray) and isinstance(a, np.ndarray) and e.dtype == a.dtype and e.shape == a.shape:
        if e.dtype.kind in "fc":
            with np.errstate(all="ignore"):
                ok = (e == a) | (np.isnan(e) & np.isnan(a))
                fin = np.isfinite(e) & np.isfinite(a)
                ok |= fin & (np.abs(e - a) <= difftest.REL_TOL * np.maximum(np.abs(e), np.abs(a)) + difftest.ABS_TOL)
            if ok.all():
                return None
            idx = np.unravel_index(int(np.argmin(ok)), e.shape)
            return difftest.diff(e[idx], a[idx], f"{path}[{', '.join(map(str, idx))}]") or f"{path}{list(idx)} differs"
        if np.array_equal(e, a):
            return None
    if isinstance(e, list) and isinstance(a, list) and len(e) == len(a):
        try:
            if e == a and all(type(x) is type(y) for x, y in zip(e, a)):
                return None
        except Exception:  # noqa: BLE001
            pass
    return difftest.diff(e, a, path)


def check(ref: dict, outcome: difftest.Outcome, ns: dict, tool: str) -> list[str]:
    # values only: the peers (Numba, Pythran, Cython) return Python scalars where CPython gives
    # numpy ones, and pyrs's parallel reductions do too (README); the test suite checks types
    difftest.set_exact_scalars(False)
    problems = []
    if ref["exc"] is not None or outcome.exc is not None:
        got = None if outcome.exc is None else type(outcome.exc).__name__
        if ref["exc"] != got:
            problems.append(f"CPython raised {ref['exc']}, {tool} {outcome}")
    elif tool != "numpy" or ref["value"] is not None or outcome.value is not None:
        d = fast_diff(ref["value"], outcome.value, "result")
        if d:
            problems.append(d)
    for k, v in ref["data"].items():
        d = fast_diff(v, ns.get(k), f"{k} after the run")
        if d:
            problems.append(d)
    return problems


def timed_call(code, is_expr, ns):
    t0 = time.perf_counter()
    out = difftest.call(lambda: call_once(code, is_expr, ns), [], {})
    return time.perf_counter() - t0, out


def prepare(args, info: dict):
    bench = difftest.parse_bench(args.kernel)
    exports = sorted({e.name for e in difftest.parse_exports(args.kernel)})
    mod = prepare_module(args.tool, args.kernel, args.work, args.so, info)
    code, is_expr = runner(args.tool, bench, args.kernel)

    if args.tool == "numba" and not args.quick:
        # compile time: the first call on the small inputs compiles; the second one does not
        qns = make_namespace(bench.quick_setup, mod, exports)
        t1, out1 = timed_call(code, is_expr, qns)
        if out1.exc is not None:
            raise Failed("compile", f"{type(out1.exc).__name__}: {str(out1.exc).strip().splitlines()[0][:600]}"
                         if str(out1.exc).strip() else type(out1.exc).__name__)
        t2, _ = timed_call(code, is_expr, qns)
        info["build_s"] = max(t1 - t2, 0.0)
        info["flags"] = "njit, first-call compile"

    ns = make_namespace(bench.quick_setup if args.quick else bench.setup, mod, exports)
    t, out = timed_call(code, is_expr, ns)
    info["check_run_s"] = t
    ref_path = args.work / f"ref-{args.kernel.stem}.pkl"
    if args.tool == "cpython":
        if out.exc is not None:
            raise Failed("run", f"CPython itself raised {out}")
        ref = {"exc": None, "value": out.value, "data": data_items(ns)}
        with open(ref_path, "wb") as fh:
            pickle.dump(ref, fh, protocol=pickle.HIGHEST_PROTOCOL)
    else:
        with open(ref_path, "rb") as fh:
            ref = pickle.load(fh)
        if out.exc is not None and ref["exc"] is None:
            msg = str(out.exc).strip().splitlines()
            raise Failed("run", f"{type(out.exc).__name__}: {msg[0][:600] if msg else ''}")
        problems = check(ref, out, ns, args.tool)
        if problems:
            raise Failed("check", "; ".join(problems)[:1000])
    # calls per timing sample: enough for ~SAMPLE_S per sample (1 in quick mode)
    calls = 1
    if not args.quick and t < SAMPLE_S:
        t2, _ = timed_call(code, is_expr, ns)
        calls = max(1, min(10**6, math.ceil(SAMPLE_S / max(min(t, t2), 1e-7))))
    info["calls"] = calls
    return code, is_expr, ns, calls


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", required=True, choices=TOOLS)
    ap.add_argument("--kernel", required=True, type=Path)
    ap.add_argument("--work", required=True, type=Path)
    ap.add_argument("--so", type=Path)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    # keep stdout for the protocol; whatever the tools print goes to stderr
    proto = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr

    def say(**msg):
        proto.write(json.dumps(msg) + "\n")
        proto.flush()

    info = {"tool": args.tool, "kernel": args.kernel.stem, "python": sys.version.split()[0], "numpy": np.__version__}
    try:
        code, is_expr, ns, calls = prepare(args, info)
    except Failed as exc:
        say(event="failed", stage=exc.stage, reason=exc.reason, **info)
        return 0
    except BaseException as exc:  # noqa: BLE001 - any failure of a tool is a result, not a crash
        traceback.print_exc()
        msg = str(exc).strip().splitlines()
        say(event="failed", stage="prepare", reason=f"{type(exc).__name__}: {msg[0][:600] if msg else ''}", **info)
        return 0
    say(event="ready", **info)
    for line in sys.stdin:
        cmd = line.strip()
        if cmd == "quit":
            break
        if cmd != "time":
            say(event="error", reason=f"unknown command {cmd!r}")
            continue
        gc_was = gc.isenabled()
        gc.disable()
        try:
            with warnings.catch_warnings(), np.errstate(all="ignore"):
                warnings.simplefilter("ignore")
                if is_expr:
                    t0 = time.perf_counter()
                    for _ in range(calls):
                        eval(code, ns)
                    dt = time.perf_counter() - t0
                else:
                    t0 = time.perf_counter()
                    for _ in range(calls):
                        exec(code, ns)
                    dt = time.perf_counter() - t0
        finally:
            if gc_was:
                gc.enable()
        say(event="sample", per_call_s=dt / calls, calls=calls)
    return 0


if __name__ == "__main__":
    sys.exit(main())
