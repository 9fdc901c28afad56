"""Differential-testing harness for pyrs: CPython running the same .py is the oracle.

A kernel file is plain annotated Python whose comments carry the test data:

    # export f(int, float[])        (or `#pythran export f(...)`)
    #case: f(3, np.zeros(4))          compiled and pure must agree
    #deviates: f(2**62, 4) -> OverflowError
                                      compiled must raise exactly that type (or,
                                      when the right side is not an exception
                                      name, return that value); CPython not run
    #typeerror: f("x")                compiled must raise TypeError naming `f`
                                      and "signature" or an accepted signature

Examples (examples/*.py) additionally carry benchmark lines (`#setup:`,
`#quick-setup:`, `#run:`), read by `parse_bench` for benches/run.py.

This module is a library: tests/test_kernels.py, tests/test_examples.py and
benches/run.py use it. It imports neither pytest nor the compiled modules at
import time.
"""
from __future__ import annotations

import ast
import builtins
import cmath
import copy
import dataclasses
import importlib.machinery
import importlib.util
import math
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import traceback
import types
import warnings
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
TESTS = REPO / "tests"
KERNELS = TESTS / "kernels"
LANG = TESTS / "lang"
EXAMPLES = REPO / "examples"
EXT_SUFFIX = sysconfig.get_config_var("EXT_SUFFIX")

REL_TOL = 1e-12
ABS_TOL = 1e-300

# Names visible to case expressions (and to benchmark setup code).
CASE_NAMESPACE = {"np": np, "math": math, "inf": math.inf, "nan": math.nan, "pi": math.pi}


class PyrsMissing(RuntimeError):
    pass


def pyrs_bin() -> Path:
    """The pyrs binary: $PYRS_BIN, else <repo>/target/release/pyrs. Raises if absent."""
    path = Path(os.environ.get("PYRS_BIN") or REPO / "target" / "release" / "pyrs")
    if not path.is_file() or not os.access(path, os.X_OK):
        raise PyrsMissing(
            f"pyrs binary not found at {path}. Build it with `cargo build --release` "
            f"or point the PYRS_BIN environment variable at it."
        )
    return path


# --------------------------------------------------------------------------- parsing

DIRECTIVE_RE = re.compile(r"^\s*#\s*(case|deviates|typeerror)\s*:\s*(.*?)\s*$")
EXPORT_RE = re.compile(r"^\s*#\s*(?:pythran\s+)?export\s+(.*?)\s*$")
BENCH_RE = re.compile(r"^\s*#\s*(setup|quick-setup|run)\s*:\s?(.*?)\s*$")


@dataclasses.dataclass
class Export:
    name: str
    params: list[str]  # type strings as written, e.g. ["int", "complex[]", "float list"]
    text: str  # "f(int, complex[])"
    line: int


@dataclasses.dataclass
class Case:
    path: Path
    line: int
    kind: str  # "case" | "deviates" | "typeerror"
    call: str  # the call expression, e.g. "f(1, 2)"
    expect: str | None = None  # right side of `->` for deviates
    source_line: str = ""

    @property
    def func(self) -> str:
        return call_func_name(self.call)

    @property
    def id(self) -> str:
        prefix = "" if self.kind == "case" else f"{self.kind}:"
        return f"{self.path.name}:{self.line}:{prefix}{self.call}"

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}: {self.source_line.strip()}"


def split_params(text: str, sep: str = ",", keep_empty: bool = False) -> list[str]:
    """Split 'int, float[:], complex list' at top-level commas (or `sep`)."""
    out, depth, cur = [], 0, ""
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        if ch == sep and depth == 0:
            out.append(cur if keep_empty else cur.strip())
            cur = ""
        else:
            cur += ch
    if keep_empty or cur.strip():
        out.append(cur if keep_empty else cur.strip())
    return out


def parse_exports(path: Path) -> list[Export]:
    exports = []
    for lineno, line in enumerate(path.read_text().splitlines(), 1):
        m = EXPORT_RE.match(line)
        if not m:
            continue
        sig = re.sub(r"\)\s*:\s*$", ")", m.group(1))  # Pythran takes a `:` ending the export
        if re.match(r"(ufunc|gufunc|capsule)\s", sig):
            continue  # a numpy ufunc, not a function called with Python arguments (test_ufunc_export.py)
        m2 = re.fullmatch(r"([A-Za-z_]\w*)\s*\((.*)\)", sig)
        if not m2 and re.fullmatch(r"[A-Za-z_]\w*", sig.strip()):
            continue  # a module-variable export
        if not m2:
            raise ValueError(f"{path}:{lineno}: malformed export comment: {line.strip()}")
        exports.append(Export(m2.group(1), split_params(m2.group(2)), sig, lineno))
    return exports


def call_func_name(call: str) -> str:
    node = ast.parse(call, mode="eval").body
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
        raise ValueError(f"case must be a call of a plain name: {call!r}")
    return node.func.id


def parse_cases(path: Path) -> list[Case]:
    cases = []
    for lineno, line in enumerate(path.read_text().splitlines(), 1):
        m = DIRECTIVE_RE.match(line)
        if not m:
            continue
        kind, rest = m.group(1), m.group(2)
        expect = None
        if kind == "deviates":
            call, sep, expect = rest.rpartition("->")
            if not sep:
                raise ValueError(f"{path}:{lineno}: #deviates needs `-> Expected`")
            rest, expect = call.strip(), expect.strip()
        cases.append(Case(path, lineno, kind, rest, expect, line))
    return cases


@dataclasses.dataclass
class Bench:
    path: Path
    setup: str
    quick_setup: str
    run: str

    @property
    def name(self) -> str:
        return self.path.stem


def parse_bench(path: Path) -> Bench | None:
    parts: dict[str, list[str]] = {"setup": [], "quick-setup": [], "run": []}
    for line in path.read_text().splitlines():
        m = BENCH_RE.match(line)
        if m:
            parts[m.group(1)].append(m.group(2))
    if not parts["run"]:
        return None
    if len(parts["run"]) != 1:
        raise ValueError(f"{path}: exactly one #run: line expected")
    setup = "\n".join(parts["setup"])
    quick = "\n".join(parts["quick-setup"]) or setup
    return Bench(path, setup, quick, parts["run"][0])


def eval_call(call: str, funcs: dict[str, Any], extra_ns: dict | None = None):
    """Evaluate the arguments of `call` freshly; return (func_name, args, kwargs)."""
    node = ast.parse(call, mode="eval").body
    assert isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    ns = dict(CASE_NAMESPACE)
    if extra_ns:
        ns.update(extra_ns)

    def ev(expr: ast.AST):
        return eval(compile(ast.Expression(expr), "<case>", "eval"), ns)

    args = []
    for a in node.args:
        if isinstance(a, ast.Starred):
            args.extend(ev(a.value))
        else:
            args.append(ev(a))
    kwargs = {k.arg: ev(k.value) for k in node.keywords}
    return node.func.id, args, kwargs


# ---------------------------------------------------------------- signature matching
# Used only to lint the test data: a #case must match one export, a #typeerror none.

_SCALAR = {
    "int": lambda v: type(v) is int or isinstance(v, np.integer) and not isinstance(v, np.bool_),
    "float": lambda v: isinstance(v, float),
    "complex": lambda v: isinstance(v, complex),
    "bool": lambda v: isinstance(v, (bool, np.bool_)),
    "str": lambda v: isinstance(v, str),
    "None": lambda v: v is None,
}
_ALIASES = {"int64": "int", "float64": "float", "complex128": "complex", "double": "float",
            "float32": "float", "complex64": "complex", "intp": "int"}
_INT_RANGES = {"int8": (-2**7, 2**7 - 1), "byte": (-2**7, 2**7 - 1), "int16": (-2**15, 2**15 - 1),
               "int32": (-2**31, 2**31 - 1), "intc": (-2**31, 2**31 - 1), "uint8": (0, 2**8 - 1),
               "uint16": (0, 2**16 - 1), "uint32": (0, 2**32 - 1), "uintc": (0, 2**32 - 1),
               "uint64": (0, 2**63 - 1), "uintp": (0, 2**63 - 1)}
_DTYPES = {"int": np.int64, "float": np.float64, "complex": np.complex128, "bool": np.bool_}
# element types of array arguments (`float32[]` is an array of float32, while a `float32`
# scalar argument is any Python float that fits)
_ARRAY_DTYPES = {**_DTYPES, **{t: np.dtype(t).type for t in (
    "int8", "int16", "int32", "uint8", "uint16", "uint32", "uint64", "float32", "complex64")},
    "byte": np.int8, "intc": np.int32, "uintc": np.uint32, "uintp": np.uint64}


def _base(t: str) -> str:
    return _ALIASES.get(t, t)


_WIDER = {
    # what the second dispatch pass accepts besides the exact kind (Python's numeric tower)
    "int": lambda v: isinstance(v, (bool, np.bool_)),
    # (numpy floats narrower than float64, whose values a float64 holds exactly)
    "float": lambda v: isinstance(v, (int, np.integer, np.bool_, np.float32, np.float16)),
    "complex": lambda v: isinstance(v, (int, float, np.integer, np.floating, np.bool_)),
    "bool": lambda v: False,
    "str": lambda v: False,
    "None": lambda v: False,
}


def _split_top(s: str, sep: str) -> list[str]:
    """Split at `sep` outside brackets."""
    return split_params(s, sep, keep_empty=True)


# whether a 2-D C-order signature takes a Fortran-ordered array (the compiled module does, as
# Pythran; `matching_exports` tries the signatures that need no such leniency first, so that
# `f(T[:,:] order(F))` next to `f(T[:,:])` is one match for a Fortran-ordered argument)
_F2D_AS_C = [False]


def value_matches(t: str, v: Any, widen: bool = False) -> bool:
    """Whether `v` is accepted for export type `t` (Pythran's grammar: scalars, `str`,
    `None`, arrays, `T list`, `T set`, `K:V dict`, tuples `(A, B)`, grouping `[...]`)."""
    t = t.strip()
    if t.endswith("?"):
        return value_matches(t[:-1], v, widen)
    alts = re.split(r"\s+or\s+", t)
    # alternatives of long doubles are left out of the compiled module (driver.rs)
    alts = [a for a in alts if not re.match(r"\s*(float128|longdouble|complex256)\b", a)] or alts
    if len(alts) > 1:
        return any([value_matches(a, v, widen) for a in alts])
    t = alts[0].strip()
    m = re.fullmatch(r"(\w+)\s*((?:\[\])+)", t)
    if m:
        t = m.group(1) + "[" + ",".join([":"] * (len(m.group(2)) // 2)) + "]"
    m = re.fullmatch(r"(\w+)\s*\[([\s:,\d]*)\](?:\s+order\(([CF])\))?", t)
    if m:
        elem = m.group(1) if m.group(1) in _ARRAY_DTYPES else _base(m.group(1))
        if elem not in _ARRAY_DTYPES:
            raise ValueError(f"unknown element type in {t!r}")
        ndim = m.group(2).count(",") + 1
        # layout: `order(F)` needs a Fortran-contiguous array, `::` any strides, else C order
        # (a 2-D one also takes a Fortran-ordered array, as Pythran's)
        if m.group(3) == "F":
            layout_ok = isinstance(v, np.ndarray) and v.flags.f_contiguous
        elif "::" in m.group(2):
            layout_ok = True
        else:
            layout_ok = isinstance(v, np.ndarray) and (
                v.flags.c_contiguous or (_F2D_AS_C[0] and ndim == 2 and v.flags.f_contiguous)
            )
        # fixed extents (`float64[:,3]`): that length on that axis
        extents = [d.strip() for d in m.group(2).split(",")]
        return (
            isinstance(v, np.ndarray)
            and v.ndim == ndim
            and v.dtype == _ARRAY_DTYPES[elem]
            and layout_ok
            and all(not d.isdigit() or v.shape[k] == int(d) for k, d in enumerate(extents))
        )
    m = re.fullmatch(r"(.+?)\s+(list|set|dict)", t)
    if m and _split_top(t, ":") == [t]:
        inner, kind = m.group(1), m.group(2)
        value_matches(inner, None)  # validates the element type
        cls = {"list": list, "set": set, "dict": dict}[kind]
        return isinstance(v, cls) and all(value_matches(inner, x, widen) for x in v)
    m = re.fullmatch(r"(.+)\s+dict", t)
    if m:
        k, val = _split_top(m.group(1), ":")
        value_matches(k, None)
        value_matches(val, None)
        return isinstance(v, dict) and all(value_matches(k, a, widen) and value_matches(val, b, widen) for a, b in v.items())
    if t.startswith("(") and t.endswith(")"):
        items = [x for x in _split_top(t[1:-1], ",") if x.strip()]
        for x in items:
            value_matches(x, None)
        return isinstance(v, tuple) and len(v) == len(items) and all(value_matches(x, y, widen) for x, y in zip(items, v))
    if t.startswith("[") and t.endswith("]"):
        return value_matches(t[1:-1], v, widen)
    if t in ("Generator", "numpy.random.Generator", "np.random.Generator"):
        return isinstance(v, np.random.Generator)
    if t == "numpy pkg":
        return v is np
    base = _base(t)
    if base in _INT_RANGES:
        lo, hi = _INT_RANGES[base]
        return (_SCALAR["int"](v) or (widen and _WIDER["int"](v))) and lo <= int(v) <= hi
    if base not in _SCALAR:
        raise ValueError(f"unknown export type {t!r}")
    return _SCALAR[base](v) or (widen and _WIDER[base](v))


def matching_exports(exports: list[Export], name: str, args: list, kwargs: dict) -> list[Export]:
    """The exports a call dispatches to: those matching exactly, else those matching after
    widening along bool -> int -> float -> complex (the compiled module's two passes)."""
    if kwargs:
        return []
    for widen in (False, True):
        for f2d in (False, True):
            _F2D_AS_C[0] = f2d
            try:
                found = [
                    e
                    for e in exports
                    if e.name == name
                    and len([p for p in e.params if not p.strip().endswith("?")]) <= len(args) <= len(e.params)
                    and all(value_matches(t, v, widen) for t, v in zip(e.params, args))
                ]
            finally:
                _F2D_AS_C[0] = False
            if found:
                return found
    return []


# ------------------------------------------------------------------------- building

@dataclasses.dataclass
class BuildResult:
    stem: str
    py: Path  # the copy next to the .so
    so: Path
    ok: bool
    log: str  # command line + stderr of the pyrs call that built (or failed) it


def _run_pyrs(args: list[str], timeout: float) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(pyrs_bin()), *args], capture_output=True, text=True, timeout=timeout
    )


def build_all(sources: list[Path], outdir: Path, timeout: float | None = None) -> dict[str, BuildResult]:
    """Copy `sources` into outdir and build them with ONE `pyrs build -q -o outdir ...` call.

    If that call fails, each file is rebuilt alone so a failure is charged to
    the file that caused it. Returns stem -> BuildResult.
    """
    timeout = timeout or float(os.environ.get("PYRS_BUILD_TIMEOUT", "3600"))
    outdir.mkdir(parents=True, exist_ok=True)
    copies = []
    for src in sources:
        dst = outdir / src.name
        shutil.copyfile(src, dst)
        copies.append(dst)

    def result(py: Path, ok: bool, log: str) -> BuildResult:
        so = outdir / (py.stem + EXT_SUFFIX)
        if ok and not so.is_file():
            ok, log = False, log + f"\n(pyrs exited 0 but {so.name} was not produced)"
        return BuildResult(py.stem, py, so, ok, log)

    def describe(cmd: list[str], proc) -> str:
        return f"$ pyrs {' '.join(cmd)}\nexit code {proc.returncode}\n--- stderr ---\n{proc.stderr}--- stdout ---\n{proc.stdout}"

    cmd = ["build", "-q", "-o", str(outdir), *map(str, copies)]
    try:
        proc = _run_pyrs(cmd, timeout)
        if proc.returncode == 0:
            return {py.stem: result(py, True, describe(cmd, proc)) for py in copies}
    except subprocess.TimeoutExpired:
        pass
    results = {}
    for py in copies:
        one = ["build", "-q", "-o", str(outdir), str(py)]
        try:
            proc = _run_pyrs(one, timeout)
            results[py.stem] = result(py, proc.returncode == 0, describe(one, proc))
        except subprocess.TimeoutExpired:
            results[py.stem] = result(py, False, f"$ pyrs {' '.join(one)}\ntimed out after {timeout}s")
    return results


_LOADED: dict[Path, Any] = {}


def load_compiled(so: Path):
    """Load the extension at `so` under its own module name (once per process)."""
    so = so.resolve()
    if so not in _LOADED:
        name = so.name[: -len(EXT_SUFFIX)]
        loader = importlib.machinery.ExtensionFileLoader(name, str(so))
        spec = importlib.util.spec_from_file_location(name, so, loader=loader)
        mod = importlib.util.module_from_spec(spec)
        loader.exec_module(mod)
        if not str(getattr(mod, "__file__", "")).endswith(EXT_SUFFIX):
            raise AssertionError(f"{name} loaded from {so} is not the extension: __file__={mod.__file__!r}")
        _LOADED[so] = mod
    return _LOADED[so]


def load_pure(py: Path):
    """Load the .py under the name `_pure_<stem>` (so it never shadows the extension)."""
    py = py.resolve()
    if py not in _LOADED:
        name = "_pure_" + py.stem
        spec = importlib.util.spec_from_file_location(name, py)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        _LOADED[py] = mod
    return _LOADED[py]


# ----------------------------------------------------------------------- comparison

def normalise(v: Any) -> Any:
    """numpy scalars -> the Python scalar a user would compare against."""
    if isinstance(v, np.bool_):
        return bool(v)
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, np.floating):
        return float(v)
    if isinstance(v, np.complexfloating):
        return complex(v)
    return v


# float32/complex64 results: numpy's float32 loops for transcendental functions (SIMD) may be
# a few ulps from the correctly rounded result pyrs computes; arithmetic agrees exactly
REL_TOL_32 = 1e-6
_SIZED = (np.float32, np.complex64, np.int8, np.int16, np.int32, np.uint8, np.uint16, np.uint32, np.uint64)


def _float_close(a: float, b: float, rel: float = REL_TOL) -> bool:
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    if a == 0.0 and b == 0.0:
        # the sign of a zero is part of the value (repr shows it, 1/x and atan2 see it)
        return math.copysign(1.0, a) == math.copysign(1.0, b)
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= rel * max(abs(a), abs(b)) + ABS_TOL


def _complex_close(a: complex, b: complex, rel: float = REL_TOL) -> bool:
    for x, y in ((a.real, b.real), (a.imag, b.imag)):
        if x == 0.0 and y == 0.0 and math.copysign(1.0, x) != math.copysign(1.0, y):
            return False
    if cmath.isfinite(a) and cmath.isfinite(b):
        return abs(a - b) <= rel * max(abs(a), abs(b)) + ABS_TOL
    return _float_close(a.real, b.real, rel) and _float_close(a.imag, b.imag, rel)


# numpy's own scalars (`numpy.float64`, `numpy.int64`, `numpy.complex128`, `numpy.bool_`) must come
# back as such and Python's as Python's (CPython's `a[i] > 0` is a `numpy.bool_`, `s = 0.0; s +=
# a[i]` a `numpy.float64`). PYRS_EXACT_SCALARS=0 compares them as the Python scalars they equal
# (to see whether a failure is only a type)
_NP_SCALARS = (np.float64, np.int64, np.complex128, np.bool_)
EXACT_SCALAR_TYPES = os.environ.get("PYRS_EXACT_SCALARS", "1") != "0"
# a kernel file with this line compares them as Python scalars: its parallel loops' reduction
# variables stay Python numbers where CPython's serial loop makes numpy scalars (README)
PYTHON_REDUCTIONS = "#parallel-reductions-are-python-numbers"


_exact = [EXACT_SCALAR_TYPES]


def set_exact_scalars(on: bool) -> None:
    """Whether `diff` tells numpy scalars from the Python ones they equal (on by default)."""
    _exact[0] = on


def _drain(g) -> tuple[list, str | None]:
    """The items of an iterator and the type of the exception that ended it (None: exhausted)."""
    items = []
    try:
        for x in g:
            items.append(x)
    except Exception as e:  # noqa: BLE001 - the exception is the observation
        return items, type(e).__name__
    return items, None


def _state_key(v: Any) -> Any:
    """A bit generator's state (nested dicts, ints, arrays) as comparable data."""
    if isinstance(v, dict):
        return sorted((k, _state_key(x)) for k, x in v.items())
    if isinstance(v, np.ndarray):
        return (v.dtype.str, v.shape, v.tobytes())
    return v


def diff(expected: Any, actual: Any, path: str = "result", rel: float = REL_TOL) -> str | None:
    """None when `actual` matches `expected`, else a one-line description of the first difference."""
    if _exact[0] and (isinstance(expected, _NP_SCALARS) or isinstance(actual, _NP_SCALARS)):
        if type(expected) is not type(actual):
            return f"{path}: scalar type {type(actual).__name__} ({actual!r}), expected {type(expected).__name__} ({expected!r})"
    # a module (`numpy pkg`): the same module object
    if isinstance(expected, types.ModuleType) or isinstance(actual, types.ModuleType):
        return None if actual is expected else f"{path}: {actual!r}, expected {expected!r}"
    # a numpy.random.Generator: the same kind of bit generator in the same state
    if isinstance(expected, np.random.Generator) or isinstance(actual, np.random.Generator):
        if not isinstance(actual, np.random.Generator) or not isinstance(expected, np.random.Generator):
            return f"{path}: type {type(actual).__name__}, expected {type(expected).__name__}"
        if _state_key(actual.bit_generator.state) != _state_key(expected.bit_generator.state):
            return f"{path}: bit generator state {actual.bit_generator.state}, expected {expected.bit_generator.state}"
        return None
    # a generator: a compiled one is an iterator named `generator`; the items must agree,
    # and the exception that ends them
    if isinstance(expected, types.GeneratorType):
        if type(actual).__name__ != "generator" or not hasattr(actual, "__next__"):
            return f"{path}: type {type(actual).__name__}, expected generator"
        (ei, ee), (ai, ae) = _drain(expected), _drain(actual)
        if ee != ae:
            return f"{path}: iteration ended with {ae}, expected {ee}"
        return diff(ei, ai, f"{path} (items)", rel)
    # numpy scalars of sized types must come back as the same type (`numpy.float32`, ...)
    if isinstance(expected, _SIZED) or isinstance(actual, _SIZED):
        if type(expected) is not type(actual):
            return f"{path}: type {type(actual).__name__} ({actual!r}), expected {type(expected).__name__} ({expected!r})"
        if isinstance(expected, (np.float32, np.complex64)):
            rel = REL_TOL_32
    e, a = normalise(expected), normalise(actual)
    if isinstance(e, np.ndarray) or isinstance(a, np.ndarray):
        if type(e) is not type(a):
            return f"{path}: type {type(a).__name__}, expected {type(e).__name__}"
        if e.dtype != a.dtype:
            return f"{path}: dtype {a.dtype}, expected {e.dtype}"
        if e.shape != a.shape:
            return f"{path}: shape {a.shape}, expected {e.shape}"
        for idx in np.ndindex(e.shape):
            d = diff(e[idx], a[idx], f"{path}[{', '.join(map(str, idx))}]", rel)
            if d:
                return d
        return None
    if type(e) is not type(a):
        return f"{path}: type {type(a).__name__} ({a!r}), expected {type(e).__name__} ({e!r})"
    if isinstance(e, (tuple, list)):
        if len(e) != len(a):
            return f"{path}: length {len(a)}, expected {len(e)}"
        for i, (x, y) in enumerate(zip(e, a)):
            d = diff(x, y, f"{path}[{i}]", rel)
            if d:
                return d
        return None
    if isinstance(e, float):
        return None if _float_close(e, a, rel) else f"{path}: {a!r}, expected {e!r}"
    if isinstance(e, complex):
        return None if _complex_close(e, a, rel) else f"{path}: {a!r}, expected {e!r}"
    return None if e == a else f"{path}: {a!r}, expected {e!r}"


@dataclasses.dataclass
class Outcome:
    value: Any = None
    exc: BaseException | None = None
    tb: str = ""

    def __str__(self) -> str:
        if self.exc is not None:
            return f"raised {type(self.exc).__name__}: {self.exc}"
        return f"returned {short_repr(self.value)}"


def short_repr(v: Any, limit: int = 300) -> str:
    r = repr(v)
    return r if len(r) <= limit else r[:limit] + "..."


def call(fn, args: list, kwargs: dict) -> Outcome:
    """Call fn, capturing the outcome; numpy warnings (overflow, invalid) are silenced."""
    try:
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore", RuntimeWarning)
            return Outcome(value=fn(*args, **kwargs))
    except Exception as exc:  # noqa: BLE001 - the exception *is* the outcome
        return Outcome(exc=exc, tb=traceback.format_exc(limit=-3))


def _identity_map(result, args: list) -> list[tuple[str, int]]:
    """Positions in `result` (itself or its tuple items) that are mutable arguments."""
    found = []
    items = [("result", result)]
    if isinstance(result, tuple):
        items += [(f"result[{i}]", r) for i, r in enumerate(result)]
    for where, r in items:
        if isinstance(r, (np.ndarray, list)):
            for i, arg in enumerate(args):
                if r is arg:
                    found.append((where, i))
    return found


def _pick(result, where: str):
    return result if where == "result" else result[int(where[7:-1])]


def compare_outcomes(case: Case, pure: Outcome, comp: Outcome, pure_args, comp_args, pure_kw, comp_kw) -> list[str]:
    """All differences between the pure and the compiled run (empty list: agree)."""
    problems = []
    if (pure.exc is None) != (comp.exc is None):
        problems.append("outcome differs")
    elif pure.exc is not None and type(pure.exc) is not type(comp.exc):
        problems.append(f"exception type {type(comp.exc).__name__}, expected {type(pure.exc).__name__}")
    elif pure.exc is None:
        d = diff(pure.value, comp.value)
        if d:
            problems.append(d)
        for where, i in _identity_map(pure.value, pure_args):
            if _pick(comp.value, where) is not comp_args[i]:
                problems.append(
                    f"{where} is argument {i} in CPython but a different object in the compiled module "
                    f"(arguments must be shared, not copied)"
                )
    for i, (pa, ca) in enumerate(zip(pure_args, comp_args)):
        d = diff(pa, ca, f"argument {i} after the call")
        if d:
            problems.append(d)
    for k in pure_kw:
        d = diff(pure_kw[k], comp_kw[k], f"argument {k}= after the call")
        if d:
            problems.append(d)
    return problems


def report(case: Case, problems: list[str], pure: Outcome | None, comp: Outcome) -> str:
    lines = [f"{case.kind} {case.call}", f"  at {case.where}"]
    lines += [f"  - {p}" for p in problems]
    if pure is not None:
        lines.append(f"  CPython:  {pure}")
    lines.append(f"  compiled: {comp}")
    if comp.exc is not None and comp.tb:
        lines.append("  compiled traceback:\n" + comp.tb)
    return "\n".join(lines)


RANDOM_SEED = 20261206


def _random_state():
    """numpy.random's global state, comparable with ==."""
    name, key, pos, has_gauss, gauss = np.random.get_state()
    return name, key.tobytes(), pos, has_gauss, np.float64(gauss).tobytes()


def run_case(case: Case, pure_mod, comp_mod) -> str | None:
    """Run one case against both modules. None when it passes, else a failure report."""
    _exact[0] = EXACT_SCALAR_TYPES and not any(
        line.strip() == PYTHON_REDUCTIONS for line in case.path.read_text().splitlines()
    )
    try:
        return _run_case(case, pure_mod, comp_mod)
    finally:
        _exact[0] = EXACT_SCALAR_TYPES


def _run_case(case: Case, pure_mod, comp_mod) -> str | None:
    exports = parse_exports(case.path)
    name = case.func
    if not hasattr(comp_mod, name):
        return report(case, [f"compiled module {comp_mod.__name__} has no attribute {name!r}"], None, Outcome())
    comp_fn = getattr(comp_mod, name)

    if case.kind == "typeerror":
        _, args, kwargs = eval_call(case.call, {})
        comp = call(comp_fn, args, kwargs)
        if not isinstance(comp.exc, TypeError):
            return report(case, ["expected TypeError"], None, comp)
        msg = str(comp.exc)
        squashed = re.sub(r"\s+", "", msg)
        sig_texts = [re.sub(r"\s+", "", e.text) for e in exports if e.name == name]
        if name not in msg or not ("signature" in msg.lower() or any(s in squashed for s in sig_texts)):
            return report(
                case,
                [f"TypeError message must name {name!r} and say 'signature' or show an accepted signature"],
                None,
                comp,
            )
        return None

    if case.kind == "deviates":
        _, args, kwargs = eval_call(case.call, {})
        comp = call(comp_fn, args, kwargs)
        exc_type = getattr(builtins, case.expect, None)
        if isinstance(exc_type, type) and issubclass(exc_type, BaseException):
            if comp.exc is None or type(comp.exc) is not exc_type:
                return report(case, [f"expected exactly {case.expect}"], None, comp)
            return None
        expected = eval(case.expect, dict(CASE_NAMESPACE))
        if comp.exc is not None:
            return report(case, [f"expected {expected!r}"], None, comp)
        d = diff(expected, comp.value)
        return report(case, [d], None, comp) if d else None

    _, args, kwargs = eval_call(case.call, {})
    # modules (`numpy pkg` arguments) are passed as themselves
    modules = {id(v): v for v in [*args, *kwargs.values()] if isinstance(v, types.ModuleType)}
    pure_args, pure_kw = copy.deepcopy((args, kwargs), dict(modules))
    comp_args, comp_kw = copy.deepcopy((args, kwargs), dict(modules))
    # numpy.random's global RandomState seeded the same for both runs (kernels that draw)
    np.random.seed(RANDOM_SEED)
    pure = call(getattr(pure_mod, name), pure_args, pure_kw)
    pure_state = _random_state()
    np.random.seed(RANDOM_SEED)
    comp = call(comp_fn, comp_args, comp_kw)
    problems = compare_outcomes(case, pure, comp, pure_args, comp_args, pure_kw, comp_kw)
    if _random_state() != pure_state:
        problems.append("numpy.random's global RandomState differs after the call")
    return report(case, problems, pure, comp) if problems else None


# -------------------------------------------------------------------------- linting

ALLOWED_IMPORTS = {"math", "numpy", "numpy.random", "numpy.linalg", "time", "functools", "itertools", "bisect", "random"}


def lint_kernel_file(path: Path) -> list[str]:
    """Check a kernel file follows the conventions (needs no compiler)."""
    errors = []
    tree = ast.parse(path.read_text(), str(path))
    funcs = set()
    for stmt in tree.body:
        if isinstance(stmt, ast.FunctionDef):
            funcs.add(stmt.name)
        elif isinstance(stmt, ast.Import) and all(a.name in ALLOWED_IMPORTS for a in stmt.names):
            pass
        elif isinstance(stmt, ast.ImportFrom) and stmt.module in ALLOWED_IMPORTS:
            pass
        elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str):
            pass  # docstring
        elif isinstance(stmt, ast.Assign) and all(
            isinstance(t, ast.Name) or (isinstance(t, ast.Tuple) and all(isinstance(x, ast.Name) for x in t.elts))
            for t in stmt.targets
        ):
            pass  # module-level constants (`a = b = 1`, `x1, x2 = -1.8, 1.8`)
        else:
            errors.append(f"{path.name}:{stmt.lineno}: only imports and functions allowed at module level")
    exports = parse_exports(path)
    for e in exports:
        if e.name not in funcs:
            errors.append(f"{path.name}:{e.line}: export of unknown function {e.name}")
        for t in e.params:
            try:
                value_matches(t, None)
            except ValueError as exc:
                errors.append(f"{path.name}:{e.line}: {exc}")
    for c in parse_cases(path):
        try:
            name, args, kwargs = eval_call(c.call, {})
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{path.name}:{c.line}: cannot evaluate arguments: {exc!r}")
            continue
        matches = matching_exports(exports, name, args, kwargs)
        if c.kind == "typeerror":
            if matches:
                errors.append(f"{path.name}:{c.line}: #typeerror case matches export {matches[0].text}")
        elif not matches:
            errors.append(f"{path.name}:{c.line}: {c.call} matches no export of {name}")
        elif len(matches) > 1:
            errors.append(f"{path.name}:{c.line}: {c.call} matches several exports")
        if c.kind == "deviates":
            exc_type = getattr(builtins, c.expect, None)
            if not (isinstance(exc_type, type) and issubclass(exc_type, BaseException)):
                try:
                    eval(c.expect, dict(CASE_NAMESPACE))
                except Exception as exc:  # noqa: BLE001
                    errors.append(f"{path.name}:{c.line}: bad expectation {c.expect!r}: {exc!r}")
    return errors


def kernel_files() -> list[Path]:
    """tests/kernels/*.py and the small Pythran-style files of tests/lang/*.py."""
    return sorted(KERNELS.glob("*.py")) + sorted(LANG.glob("*.py"))


def example_files() -> list[Path]:
    return sorted(EXAMPLES.glob("*.py"))
