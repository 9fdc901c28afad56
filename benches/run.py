"""Benchmark the seed examples: plain CPython against the pyrs-compiled module.

    python benches/run.py [--quick] [--only NAME] [--repeat N]

Builds all of examples/*.py with one `pyrs build` call (into a temporary
directory), then for each example: runs its `#setup:` lines (or `#quick-setup:`
with --quick) in two fresh namespaces, one bound to the pure module and one to
the compiled one, times the `#run:` expression alternately in both (the first
pair of runs doubles as the correctness check: results and every array/list in
the namespaces must agree), and prints a markdown table. Results are also
written to benches/results.json.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import difftest  # noqa: E402

SLOW_RUN = 10.0  # seconds: a CPython run slower than this caps its repeats at 3


def wait_for_quiet(limit: float = 10.0, threshold: float = 1.5) -> float:
    """Wait until the 1-minute load average drops below `threshold` or `limit` seconds pass."""
    start = time.monotonic()
    while hasattr(os, "getloadavg") and os.getloadavg()[0] >= threshold and time.monotonic() - start < limit:
        time.sleep(0.5)
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def namespace(bench: difftest.Bench, module, exports, quick: bool) -> dict:
    ns = dict(difftest.CASE_NAMESPACE)
    exec(bench.quick_setup if quick else bench.setup, ns)
    for name in exports:
        ns[name] = getattr(module, name)
    return ns


def timed(expr_code, ns) -> tuple[float, difftest.Outcome]:
    t0 = time.perf_counter()
    outcome = difftest.call(lambda: eval(expr_code, ns), [], {})
    return time.perf_counter() - t0, outcome


def data_items(ns: dict) -> dict:
    return {k: v for k, v in ns.items() if isinstance(v, (np.ndarray, list)) and not k.startswith("__")}


def check(pure_out, comp_out, pure_ns, comp_ns) -> list[str]:
    problems = []
    if (pure_out.exc is None) != (comp_out.exc is None):
        problems.append(f"CPython {pure_out}, compiled {comp_out}")
    elif pure_out.exc is not None:
        if type(pure_out.exc) is not type(comp_out.exc):
            problems.append(f"CPython {pure_out}, compiled {comp_out}")
    else:
        d = difftest.diff(pure_out.value, comp_out.value)
        if d:
            problems.append(d)
    pure_data, comp_data = data_items(pure_ns), data_items(comp_ns)
    for k in pure_data:
        d = difftest.diff(pure_data[k], comp_data.get(k), f"{k} after the run")
        if d:
            problems.append(d)
    return problems


def bench_one(bench, pure_mod, comp_mod, quick: bool, repeat: int) -> dict:
    exports = sorted({e.name for e in difftest.parse_exports(bench.path)})
    pure_ns = namespace(bench, pure_mod, exports, quick)
    comp_ns = namespace(bench, comp_mod, exports, quick)
    code = compile(bench.run, f"<{bench.name} #run>", "eval")
    load = wait_for_quiet()
    py_times, rs_times = [], []
    problems: list[str] = []
    i = 0
    while i < repeat:
        t_py, out_py = timed(code, pure_ns)
        t_rs, out_rs = timed(code, comp_ns)
        if i == 0:
            problems = check(out_py, out_rs, pure_ns, comp_ns)
            if out_py.exc is not None or out_rs.exc is not None:
                problems = problems or [f"run raised: CPython {out_py}, compiled {out_rs}"]
            if t_py > SLOW_RUN:
                repeat = min(repeat, 3)
        py_times.append(t_py)
        rs_times.append(t_rs)
        i += 1
    row = {
        "kernel": bench.name,
        "run": bench.run,
        "quick": quick,
        "repeats": len(py_times),
        "load_before": load,
        "cpython_best_s": min(py_times),
        "cpython_median_s": statistics.median(py_times),
        "pyrs_best_s": min(rs_times),
        "pyrs_median_s": statistics.median(rs_times),
        "ok": not problems,
        "problems": problems,
    }
    row["speedup"] = row["cpython_best_s"] / row["pyrs_best_s"] if row["pyrs_best_s"] > 0 else float("inf")
    return row


def fmt_s(x: float) -> str:
    return f"{x:.3g}" if x >= 1e-3 else f"{x:.2e}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small inputs (#quick-setup:) and 1 repeat, for CI smoke runs")
    ap.add_argument("--only", action="append", metavar="NAME", help="run only this example (repeatable)")
    ap.add_argument("--repeat", type=int, default=None, help="timed runs per implementation (default 5, 1 with --quick)")
    ap.add_argument("--json", type=Path, default=ROOT / "benches" / "results.json")
    args = ap.parse_args(argv)
    repeat = args.repeat or (1 if args.quick else 5)

    files = difftest.example_files()
    if args.only:
        unknown = set(args.only) - {p.stem for p in files}
        if unknown:
            ap.error(f"unknown example(s): {', '.join(sorted(unknown))}")
        files = [p for p in files if p.stem in args.only]
    benches = [b for b in map(difftest.parse_bench, files) if b is not None]

    try:
        difftest.pyrs_bin()
    except difftest.PyrsMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="pyrs-bench-") as tmp:
        t0 = time.perf_counter()
        built = difftest.build_all([b.path for b in benches], Path(tmp))
        build_s = time.perf_counter() - t0
        rows, failed = [], False
        for b in benches:
            res = built[b.name]
            if not res.ok:
                print(f"{b.name}: build failed\n{res.log}", file=sys.stderr)
                rows.append({"kernel": b.name, "ok": False, "problems": ["build failed"], "build_log": res.log})
                failed = True
                continue
            row = bench_one(b, difftest.load_pure(b.path), difftest.load_compiled(res.so), args.quick, repeat)
            rows.append(row)
            failed |= not row["ok"]
            status = "ok" if row["ok"] else "MISMATCH: " + "; ".join(row["problems"])
            print(
                f"# {b.name}: CPython {fmt_s(row['cpython_best_s'])} s, pyrs {fmt_s(row['pyrs_best_s'])} s, "
                f"x{row['speedup']:.1f} ({status})",
                file=sys.stderr,
                flush=True,
            )

    print(f"\npyrs build of {len(benches)} examples (one call): {build_s:.2f} s\n")
    print("| kernel | CPython s | pyrs s | speed-up |")
    print("|---|---:|---:|---:|")
    for r in rows:
        if "speedup" not in r:
            print(f"| {r['kernel']} | - | - | build failed |")
            continue
        mark = "" if r["ok"] else " (MISMATCH)"
        print(
            f"| {r['kernel']} | {fmt_s(r['cpython_best_s'])} (median {fmt_s(r['cpython_median_s'])}) "
            f"| {fmt_s(r['pyrs_best_s'])} (median {fmt_s(r['pyrs_median_s'])}) | {r['speedup']:.1f}x{mark} |"
        )
    result = {
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "python": sys.version.split()[0],
        "numpy": np.__version__,
        "machine": platform.machine(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "quick": args.quick,
        "build_s": build_s,
        "results": rows,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n")
    print(f"\nresults written to {args.json}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
