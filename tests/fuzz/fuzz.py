"""The random-program differential tester: generated programs (`gen.py`) run in CPython and
compiled by pyrs, compared on value, exact type, exception type and the arguments after the
call; a failing program is shrunk to a minimal one.

    python tests/fuzz/fuzz.py --seed 0 --programs 200            # a run
    python tests/fuzz/fuzz.py --seed 1000 --programs 10000 --out /tmp/fuzz   # the long run
    python tests/fuzz/fuzz.py --only 123                          # one program, by its seed

Programs are packed `--per-module` to a module (one `pyrs build` for a batch of modules), so
that thousands of programs build in reasonable time. A function pyrs refuses (a located
error) is dropped from its module and counted as a refusal; generated Rust that does not
compile is a failure (the module is bisected to the function). Each module runs in its own
subprocess, so a crash (a signal) is caught and the module re-run one program at a time to
name the one that crashed.

Classes of outcome per call: `ok`, `value` (a different value or type), `exception` (raised
on one side only or a different type), `args` (arguments differ after the call), `crash`,
`timeout`, `message` (the same exception type with another text: counted, not a failure; the
texts are in `summary.json`); and per program `refused` and `rustc` (generated Rust did not compile). Known
differences that belong to other issues or documented deviations are classed apart:
`int64` (CPython's int left 64 bits: pyrs raises OverflowError, documented). A difference
that follows from such an OverflowError caught by an `except` (control flow goes on
differently) is told apart by a shadow run of the pure program whose every operation and call
checks for an int beyond 64 bits: such a call is `int64` too.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import gen  # noqa: E402
import difftest  # noqa: E402

PY = sys.executable
FAILURES = {"value", "exception", "args", "crash", "rustc", "timeout"}


def module_source(progs: list[gen.Program]) -> str:
    out = ["import math", "import numpy as np", ""]
    for p in progs:
        out.append(p.export())
    out.append("")
    for p in progs:
        out.append("")
        out.append(p.source())
    return "\n".join(out)


def build(paths: list[Path], timeout: float = 3600) -> subprocess.CompletedProcess:
    exe = str(difftest.pyrs_bin())
    # the interpreter that runs the programs (the cache of compiled crates is per interpreter)
    env = dict(os.environ)
    env.setdefault("PYRS_PYTHON", sys.executable)
    return subprocess.run([exe, "build", "-q", *map(str, paths)], capture_output=True, text=True, timeout=timeout,
                          env=env)


def function_at(src: str, line: int) -> str | None:
    """The name of the function whose source holds `line` (1-based)."""
    name = None
    for k, text in enumerate(src.splitlines(), 1):
        m = re.match(r"def ([ph]\d+)\(", text)
        if m:
            name = m.group(1)
        if k == line:
            return name
    return None


def build_batch(tmp: Path, modules: dict[str, list[gen.Program]], stats, log) -> dict[str, list[gen.Program]]:
    """Builds every module; drops refused programs (counted) and bisects Rust that does not
    compile. Returns the modules that built, with the programs they hold."""
    pending = dict(modules)
    built: dict[str, list[gen.Program]] = {}
    while pending:
        paths = []
        for name, progs in pending.items():
            p = tmp / f"{name}.py"
            p.write_text(module_source(progs))
            paths.append(p)
        r = build(paths)
        if r.returncode == 0:
            built.update(pending)
            break
        # which modules failed? pyrs names the file of a located error; rustc errors name the crate
        again: dict[str, list[gen.Program]] = {}
        located = re.findall(r"(\w+)\.py:(\d+):(\d+): error: (.*)", r.stderr)
        bad_mods = {m for m, *_ in located}
        if located:
            for name, progs in pending.items():
                if name not in bad_mods:
                    again[name] = progs
                    continue
                src = (tmp / f"{name}.py").read_text()
                drop = {}
                for m, line, _, msg in located:
                    if m == name:
                        f = function_at(src, int(line))
                        if f:
                            drop["p" + f[1:]] = msg
                keep = [p for p in progs if p.name not in drop]
                for p in progs:
                    if p.name in drop:
                        log(f"REFUSED {p.name}: {drop[p.name]}")
                        stats["refused"] += 1
                        stats["refusal: " + re.sub(r"`[^`]*`", "`_`", drop[p.name])[:80]] += 1
                if keep and len(keep) < len(progs):
                    again[name] = keep
                elif keep:
                    log(f"cannot place the error of {name}: {r.stderr[:2000]}")
            pending = again
            continue
        # no located error: the generated Rust did not compile (or the build broke)
        if len(pending) > 1 or any(len(v) > 1 for v in pending.values()):
            # split every module in halves and build again
            for name, progs in pending.items():
                if len(progs) == 1:
                    again[name] = progs
                else:
                    h = len(progs) // 2
                    again[name + "a"] = progs[:h]
                    again[name + "b"] = progs[h:]
            if again.keys() == pending.keys():
                # single programs each: build them one by one
                for name, progs in pending.items():
                    rr = build([tmp / f"{name}.py"])
                    if rr.returncode == 0:
                        built[name] = progs
                    else:
                        stats["rustc"] += 1
                        log(f"RUSTC {progs[0].name}:\n{progs[0].export()}\n{progs[0].source()}\n{rr.stderr[-3000:]}")
                break
            pending = again
            continue
        for name, progs in pending.items():
            stats["rustc"] += 1
            log(f"RUSTC {progs[0].name}:\n{progs[0].export()}\n{progs[0].source()}\n{r.stderr[-3000:]}")
        break
    return built


RUNNER = r'''
import ast, sys, json, math, copy, warnings
sys.path.insert(0, {tests!r})
import numpy as np
import difftest
warnings.simplefilter("ignore")
np.seterr(all="ignore")
mod, only = sys.argv[1], sys.argv[2:]
pure = difftest.load_pure(__import__("pathlib").Path(mod + ".py"))
comp = difftest.load_compiled(__import__("pathlib").Path(mod + difftest.EXT_SUFFIX))
cases = json.loads(open(mod + ".cases.json").read())

# a shadow of the pure module in which every operation and call passes its value through
# `__chk`, which notes an int beyond 64 bits: a difference after such an int (an OverflowError
# compiled, caught by an `except` and followed by other control flow) is the documented
# 64-bit deviation, not a bug
_big = [False]

def __chk(v):
    if type(v) is int and not -2**63 <= v < 2**63:
        _big[0] = True
    return v

class _Chk(ast.NodeTransformer):
    def _wrap(self, node):
        self.generic_visit(node)
        return ast.copy_location(ast.Call(ast.Name("__chk", ast.Load()), [node], []), node)
    visit_BinOp = visit_UnaryOp = visit_Call = _wrap
    def visit_AugAssign(self, node):
        self.generic_visit(node)
        if isinstance(node.target, ast.Name):
            chk = ast.Expr(ast.Call(ast.Name("__chk", ast.Load()), [ast.Name(node.target.id, ast.Load())], []))
            return [node, ast.copy_location(chk, node)]
        return node

shadow = {{"__chk": __chk, "__name__": "_shadow"}}
exec(compile(ast.fix_missing_locations(_Chk().visit(ast.parse(open(mod + ".py").read()))), mod + ".py", "exec"), shadow)

def overflows(name, args):
    _big[0] = False
    run(shadow[name], copy.deepcopy(args))
    return _big[0]

def same(a, b):
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))
    if isinstance(a, complex):
        return same(a.real, b.real) and same(a.imag, b.imag)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, np.ndarray):
        return a.dtype == b.dtype and a.shape == b.shape and all(same(x, y) for x, y in zip(a.tolist(), b.tolist()))
    return a == b

def close(a, b):
    if isinstance(a, float) and isinstance(b, float):
        # (an infinity or a zero of the other sign is a different value, not a rounding)
        finite = math.isfinite(a) and math.isfinite(b) and a != b
        return finite and abs(a - b) <= 1e-12 * max(abs(a), abs(b))
    if isinstance(a, complex) and isinstance(b, complex):
        return (same(a.real, b.real) or close(a.real, b.real)) and (same(a.imag, b.imag) or close(a.imag, b.imag))
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) or close(x, y) for x, y in zip(a, b))
    return False

def run(f, args):
    try:
        return ("ok", f(*args))
    except BaseException as e:
        return ("raise", e)

for name, calls in cases.items():
    if only and name not in only:
        continue
    for src in calls:
        args = eval("(" + src + ",)", {{"np": np, "math": math}})
        pa, ca = copy.deepcopy(args), copy.deepcopy(args)
        p = run(getattr(pure, name), pa)
        c = run(getattr(comp, name), ca)
        cls = "ok"
        detail = ""
        if p[0] == "raise" or c[0] == "raise":
            pt = type(p[1]).__name__ if p[0] == "raise" else "-"
            ct = type(c[1]).__name__ if c[0] == "raise" else "-"
            if pt != ct:
                # pyrs's ints are 64-bit (documented): an int CPython lets grow is an
                # OverflowError compiled, whatever CPython did next
                big = ct == "OverflowError" and "64 bits" in str(c[1])
                cls = "int64" if big else "exception"
                detail = f"CPython {{pt}}: {{p[1]!r}} / compiled {{ct}}: {{c[1]!r}}"
            elif str(p[1]) != str(c[1]):
                # the same exception type with another text (counted, not a failure)
                cls = "message"
                detail = f"{{pt}}: CPython {{str(p[1])!r}} / compiled {{str(c[1])!r}}"
        elif not same(p[1], c[1]):
            cls = "float-ulp" if close(p[1], c[1]) else "value"
            detail = f"CPython {{p[1]!r}} ({{type(p[1]).__name__}}) / compiled {{c[1]!r}} ({{type(c[1]).__name__}})"
        if cls in ("ok", "message") and not same(list(pa), list(ca)):
            cls = "args"
            detail = f"args after: CPython {{pa!r}} / compiled {{ca!r}}"
        if cls in ("value", "float-ulp", "exception", "args", "message") and overflows(name, args):
            cls = "int64"
        print(json.dumps({{"name": name, "args": src, "cls": cls, "detail": detail[:600]}}), flush=True)
'''


def run_module(tmp: Path, name: str, progs: list[gen.Program], timeout: float, only: list[str] = ()) -> list[dict]:
    cases = {p.name: p.inputs for p in progs}
    (tmp / f"{name}.cases.json").write_text(json.dumps(cases))
    runner = tmp / "runner.py"
    if not runner.exists():
        runner.write_text(RUNNER.format(tests=str(HERE.parent)))
    try:
        r = subprocess.run([PY, str(runner), str(tmp / name), *only], capture_output=True, text=True,
                           timeout=timeout, cwd=tmp)
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode() if isinstance(e.stdout, bytes) else (e.stdout or "")
        rows = [json.loads(l) for l in out.splitlines() if l.startswith("{")]
        return rows + [{"name": "?", "args": "", "cls": "timeout", "detail": f"{name} timed out"}]
    rows = [json.loads(l) for l in r.stdout.splitlines() if l.startswith("{")]
    if r.returncode != 0:
        rows.append({"name": "?", "args": "", "cls": "crash",
                     "detail": f"{name}: exit {r.returncode}: {r.stderr[-1500:]}"})
    return rows


def run_programs(tmp: Path, modules: dict[str, list[gen.Program]], stats, log, timeout: float) -> list[dict]:
    failures = []
    for name, progs in modules.items():
        rows = run_module(tmp, name, progs, timeout)
        if any(r["cls"] in ("crash", "timeout") for r in rows):
            # one program at a time, to name the one that crashed
            rows = []
            for p in progs:
                rr = run_module(tmp, name, progs, timeout, only=[p.name])
                for x in rr:
                    if x["name"] == "?":
                        x["name"] = p.name
                rows += rr
        for row in rows:
            stats["calls"] += 1
            stats[row["cls"]] += 1
            if row["cls"] == "message":
                stats["message: " + row["detail"][:160]] += 1
            if row["cls"] in FAILURES:
                prog = next((p for p in progs if p.name == row["name"]), None)
                failures.append((row, prog))
    return failures


def shrink(prog: gen.Program, cls: str, work: Path, log) -> gen.Program:
    """Drops statements one at a time while the program still fails the same way on the same
    arguments: each round builds all candidates in one module."""
    import copy as _copy
    args = prog.inputs
    rounds = 0
    while rounds < 12:
        rounds += 1
        cands = []

        def removals(body, path):
            for k, s in enumerate(body):
                if s.removable:
                    yield path + [k]
                for b, blk in enumerate(s.blocks):
                    yield from removals(blk, path + [k, b])

        for path in removals(prog.body, []):
            q = _copy.deepcopy(prog)
            body = q.body
            p = list(path)
            while len(p) > 1:
                k, b = p.pop(0), p.pop(0)
                body = body[k].blocks[b]
            del body[p[0]]
            q.name = f"p{len(cands)}"
            q.helper = [l.replace(f"def h{prog.name[1:]}(", f"def h{len(cands)}(") for l in prog.helper]
            for s in q.body:
                _rename(s, "h" + prog.name[1:] + "(", f"h{len(cands)}(")
            q.inputs = args
            cands.append(q)
        if not cands:
            break
        d = work / f"shrink{rounds}"
        d.mkdir(exist_ok=True)
        stats = collections.Counter()
        built = build_batch(d, {"s": cands}, stats, lambda m: None)
        if cls == "rustc":
            good = [c for c in cands if stats["rustc"] and not any(c in v for v in built.values())]
        else:
            fails = run_programs(d, built, stats, lambda m: None, timeout=120)
            names = {row["name"] for row, _ in fails if row["cls"] == cls}
            good = [c for c in cands if c.name in names]
        if not good:
            break
        best = min(good, key=lambda c: c.size())
        best.name = prog.name
        best.helper = prog.helper
        for s in best.body:
            _rename(s, f"h{cands.index(min(good, key=lambda c: c.size()))}(", "h" + prog.name[1:] + "(")
        prog = best
    return prog


def _rename(s: gen.Stmt, old: str, new: str):
    s.head = [h.replace(old, new) for h in s.head]
    for b in s.blocks:
        for t in b:
            _rename(t, old, new)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=0, help="first program's seed")
    ap.add_argument("--programs", type=int, default=100)
    ap.add_argument("--per-module", type=int, default=40)
    ap.add_argument("--modules-per-build", type=int, default=4)
    ap.add_argument("--only", type=int, nargs="*", help="run just these seeds")
    ap.add_argument("--out", type=Path, help="directory for the log and the modules (default: a temporary one)")
    ap.add_argument("--no-shrink", action="store_true")
    ap.add_argument("--timeout", type=float, default=300, help="seconds per module run")
    a = ap.parse_args(argv)
    out = a.out or Path(tempfile.mkdtemp(prefix="pyrs-fuzz-"))
    out.mkdir(parents=True, exist_ok=True)
    logf = open(out / "fuzz.log", "a")

    def log(m):
        logf.write(m + "\n\n")
        logf.flush()

    seeds = a.only if a.only else list(range(a.seed, a.seed + a.programs))
    stats: collections.Counter = collections.Counter()
    failures = []
    t0 = time.time()
    batch = a.per_module * a.modules_per_build
    for b0 in range(0, len(seeds), batch):
        chunk = seeds[b0:b0 + batch]
        tmp = out / f"batch{chunk[0]}"
        tmp.mkdir(exist_ok=True)
        modules = {}
        for m0 in range(0, len(chunk), a.per_module):
            progs = [gen.program(s, f"p{s}") for s in chunk[m0:m0 + a.per_module]]
            modules[f"fz{chunk[m0]}"] = progs
        stats["programs"] += len(chunk)
        built = build_batch(tmp, modules, stats, log)
        fails = run_programs(tmp, built, stats, log, a.timeout)
        failures += fails
        print(f"[{time.time() - t0:.0f}s] {stats['programs']} programs, {stats['calls']} calls: "
              + ", ".join(f"{k} {stats[k]}" for k in sorted(FAILURES | {"refused", "int64", "float-ulp", "message"}) if stats[k]),
              flush=True)
    seen = set()
    for row, prog in failures:
        key = (row["name"], row["cls"])
        if key in seen:
            continue
        seen.add(key)
        log(f"{row['cls'].upper()} {row['name']}({row['args']}): {row['detail']}\n"
            + (prog.export() + "\n" + prog.source() if prog else ""))
    shrunk = 0
    if failures and not a.no_shrink:
        for row, prog in failures[:5]:
            if prog is None or row["cls"] in ("crash", "timeout"):
                continue
            p2 = gen.Program(prog.name, prog.params, prog.body, prog.helper, [row["args"]])
            small = shrink(p2, row["cls"], out, log)
            shrunk += 1
            log(f"SHRUNK {row['cls']} {prog.name}({row['args']}):\n{small.export()}\n{small.source()}")
    summary = {k: v for k, v in stats.items()}
    (out / "summary.json").write_text(json.dumps(summary, indent=1, sort_keys=True))
    print(json.dumps({k: summary[k] for k in sorted(summary) if not k.startswith(("refusal", "message: "))},
                     sort_keys=True))
    print(f"log: {out / 'fuzz.log'}")
    return 1 if any(stats[k] for k in FAILURES) else 0


if __name__ == "__main__":
    sys.exit(main())
