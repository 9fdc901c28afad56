#!/usr/bin/env python3
"""Which NumPy functions do real programs call, and which of them does pyrs refuse?

    python3 scripts/numpy_coverage.py [--corpus DIR ...] [--all] [--probe]

Lists the `np.NAME`/`numpy.NAME` (also `np.linalg.NAME`, `np.random.NAME`, and names imported
with `from numpy import ...`) used in the Python files of the corpus (`/work/corpus/**/*.py`)
and the seed documents (`/work/shared/seeds/*`), most used first, with the number of uses and
of files, and whether pyrs knows the name: a row of its catalogue
(`transpiler/src/library/numpy.rs`), one of its numpy constants, or neither (refused: "no").
`--all` prints the known names too (default: the missing ones and a summary). `--probe` asks
the compiler itself for each missing name: a one-line kernel `np.NAME(a)` of a float64 array,
built with `pyrs build` ($PYRS_BIN, else target/release/pyrs), and its first error line (slow:
one build each, and a name pyrs knows may still refuse the arguments of that one call).
Reads files only; the catalogue is parsed from its source text.
"""
from __future__ import annotations

import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "transpiler" / "src" / "library" / "numpy.rs"
DEFAULT_SOURCES = [Path("/work/corpus"), Path("/work/shared/seeds")]
# folders and files of the corpus that are its harness's, not programs: copies of the programs
# with the harness's wrappers (`scratch`), build caches, results, the measuring script
EXCLUDE = {"scratch", "cache", "out", "bin", "target", ".git", "measure.py"}
# numpy attributes that are values, not functions (`Constant` in the library)
CONSTANTS = {"pi", "e", "inf", "nan", "newaxis", "Inf", "NaN", "NAN", "NINF", "PINF", "euler_gamma"}
# what pyrs takes of those (`library::Constant::of`)
KNOWN_CONSTANTS = {"pi", "e", "inf", "nan", "newaxis"}
# names that are not functions to compile: submodules used as values or imported, aliases numpy
# 2 removed (AttributeError there too), numpy's build helpers and Cython's types
NOT_FUNCTIONS = {
    "random": "a module", "linalg": "a module", "fft": "a module",
    "float": "not in numpy 2", "int": "not in numpy 2", "complex": "not in numpy 2", "object": "not in numpy 2",
    "bool8": "not in numpy 2", "product": "not in numpy 2", "float_": "not in numpy 2", "complex_": "not in numpy 2",
    "get_include": "a build helper", "float64_t": "a Cython type", "int64_t": "a Cython type", "ndarray": "a type",
}

USE = re.compile(r"\b(?:np|numpy)\.((?:linalg\.|random\.|fft\.|ma\.)?[A-Za-z_][A-Za-z_0-9]*)")
FROM_IMPORT = re.compile(r"^\s*from\s+numpy(\.linalg|\.random)?\s+import\s+\(?([^)#\n]+)", re.M)


def catalogue_names() -> set[str]:
    text = CATALOGUE.read_text()
    return set(re.findall(r'=\s*"([A-Za-z_0-9.]+)"\s*=>', text))


def sources(dirs: list[Path]) -> list[Path]:
    out = []
    for d in dirs:
        if d.is_file():
            out.append(d)
        elif d.is_dir():
            out += sorted(
                p
                for p in d.rglob("*")
                if p.is_file()
                and p.suffix in (".py", ".txt", ".pyx")
                and not EXCLUDE & set(p.relative_to(d).parts)
            )
    return out


def uses(files: list[Path]) -> tuple[collections.Counter, dict[str, set[str]]]:
    count: collections.Counter = collections.Counter()
    where: dict[str, set[str]] = collections.defaultdict(set)
    for f in files:
        try:
            text = f.read_text(errors="replace")
        except OSError:
            continue
        names = USE.findall(text)
        for m in FROM_IMPORT.finditer(text):
            sub = (m.group(1) or "").lstrip(".")
            for part in m.group(2).split(","):
                name = part.strip().split(" as ")[0].strip()
                if re.fullmatch(r"[A-Za-z_][A-Za-z_0-9]*", name) and name != "*":
                    names.append(f"{sub}.{name}" if sub else name)
        for n in names:
            count[n] += 1
            where[n].add(str(f))
    return count, where


def status(name: str, known: set[str]) -> str:
    if name in known:
        return "yes"
    if name in CONSTANTS:
        return "yes" if name in KNOWN_CONSTANTS else "no (constant)"
    if name in NOT_FUNCTIONS:
        return f"- ({NOT_FUNCTIONS[name]})"
    return "no"


def probe(name: str) -> str:
    """The compiler's first error for a one-line kernel calling `np.NAME(a)`."""
    pyrs = os.environ.get("PYRS_BIN", str(ROOT / "target" / "release" / "pyrs"))
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "probe_kernel.py"
        src.write_text(f"import numpy as np\n\n# export f(float[])\ndef f(a):\n    return np.{name}(a)\n")
        r = subprocess.run([pyrs, "build", "-q", "-o", d, str(src)], capture_output=True, text=True, timeout=600)
        if r.returncode == 0:
            return "builds"
        for line in r.stderr.splitlines():
            if "error" in line:
                return line.split("error:", 1)[-1].strip()
        return r.stderr.strip().splitlines()[-1] if r.stderr.strip() else f"exit {r.returncode}"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", action="append", type=Path, help="a folder or file to scan (repeatable)")
    ap.add_argument("--all", action="store_true", help="also list the names pyrs knows")
    ap.add_argument("--probe", action="store_true", help="build a one-line kernel for each missing name")
    args = ap.parse_args(argv)
    files = sources(args.corpus or DEFAULT_SOURCES)
    known = catalogue_names()
    count, where = uses(files)
    rows = sorted(count.items(), key=lambda kv: (-len(where[kv[0]]), -kv[1], kv[0]))
    missing = [(n, c) for n, c in rows if status(n, known) != "yes"]
    refused = [n for n, _ in missing if status(n, known).startswith("no")]
    print(f"{len(files)} files scanned, {len(count)} numpy names used, "
          f"{len(count) - len(missing)} known to pyrs, {len(refused)} refused, "
          f"{len(missing) - len(refused)} not functions")
    print(f"{'name':32} {'files':>5} {'uses':>6}  pyrs")
    for n, c in rows if args.all else missing:
        s = status(n, known)
        if args.probe and s.startswith("no"):
            s += f": {probe(n)}"
        print(f"{n:32} {len(where[n]):5} {c:6}  {s}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
