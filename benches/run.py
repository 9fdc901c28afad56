"""Benchmark the examples: CPython, the NumPy variant, pyrs, Pythran, Numba and Cython in one run.

    python benches/run.py --peers          full comparison; installs the peers first (see below)
    python benches/run.py                  full comparison with whatever peers are installed
    python benches/run.py --quick          small inputs, CPython and pyrs only, 1 repeat (CI smoke run)
    python benches/run.py --only julia --tools cpython,pyrs,numba --repeat 3 --no-build-times

Each example in examples/*.py carries its benchmark in comments: `#setup:` lines build
the inputs (`#quick-setup:` the small ones), `#run:` is the timed call, and optional
`#numpy:` lines are an equivalent NumPy-vectorised version (one expression, or statements
that write the results where the kernel writes them).

Method. All examples are built with one `pyrs build` call. Then, kernel by kernel, one
worker process per tool (benches/worker.py) builds or imports its implementation, runs
the setup and the kernel once, and checks the result and every array/list in its
namespace against CPython's (1e-12 relative, tests/difftest.py). A tool that fails to
build, raises, or disagrees is reported as failed for that kernel with the reason. Then
the harness takes the timing samples, tools interleaved (the order rotates each round),
each sample after waiting for an idle CPU (at most --idle-wait s); a sample calls the
kernel enough times to last ~0.2 s and reports seconds per call. Best and median are
reported. With a CPython run over 10 s, repeats are capped at 3.

Peers. `--peers` creates benches/.venv-peers (gitignored) from this interpreter and pip
installs pythran (with setuptools<60, which it needs on Python 3.11), numba, cython,
numpy and matplotlib (for the chart) into it; the workers then run under that venv's
python, so every tool sees the same numpy. Pythran and Cython need a C/C++ compiler (g++).
Pythran gets the kernel with `# export` rewritten to `#pythran export`; Cython compiles
the unchanged .py (pure-Python mode, -O3); Numba applies `njit` to every function of the
unchanged module, and its first-call compile time is measured on the quick inputs and
reported as its build time.

Build times (full mode, unless --no-build-times): per kernel, pyrs cold (a fresh, empty
PYRS_CACHE_DIR) and warm (rebuild after a whitespace change, same cache); then 20 files
in one pyrs call with a warm cache, new and after a whitespace edit. Pythran, Cython and
Numba build times come from the workers.

Outputs: the markdown report on stdout and in --md (default benches/RESULTS.md for a full
run), a JSON file (--json, default benches/results.json) and a PNG chart (--chart,
default benches/results.png for a full run; needs matplotlib in the worker python).
Exit status 1 when pyrs fails to build or disagrees with CPython on some kernel.
"""
from __future__ import annotations

import argparse
import json
import re
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCHES = ROOT / "benches"
sys.path.insert(0, str(ROOT / "tests"))

import difftest  # noqa: E402

VENV = BENCHES / ".venv-peers"
PEER_REQUIREMENTS = ["setuptools<60", "wheel", "pythran", "numba", "cython", "numpy", "matplotlib"]
TOOLS = ["cpython", "numpy", "pyrs", "pythran", "pythran-native", "numba", "cython"]
PEERS = ["numpy", "pythran", "pythran-native", "numba", "cython"]
LABEL = {
    "cpython": "CPython",
    "numpy": "NumPy",
    "pyrs": "pyrs",
    "pythran": "Pythran",
    "pythran-native": "Pythran -O3 native",
    "numba": "Numba",
    "cython": "Cython",
}
NUMPY_RE = re.compile(r"^\s*#\s*numpy\s*:")
SLOW_RUN = 10.0  # seconds: a CPython run slower than this caps the repeats at 3
PREPARE_TIMEOUT = 900.0  # seconds for a worker to build, import and check


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# ------------------------------------------------------------------------- idle CPU

def _cpu_times() -> tuple[float, float]:
    with open("/proc/stat") as fh:
        vals = [float(v) for v in fh.readline().split()[1:]]
    idle = vals[3] + (vals[4] if len(vals) > 4 else 0.0)
    return sum(vals), idle


def busy_cores(window: float = 0.25) -> float:
    """Cores busy over the last `window` seconds (from /proc/stat; nan where unavailable)."""
    try:
        t0, i0 = _cpu_times()
        time.sleep(window)
        t1, i1 = _cpu_times()
    except OSError:
        return float("nan")
    total = t1 - t0
    return (os.cpu_count() or 1) * (1.0 - (i1 - i0) / total) if total > 0 else 0.0


def wait_for_idle(limit: float, busy_max: float = 0.5) -> dict:
    """Wait until less than `busy_max` cores are busy (our workers are idle meanwhile), at most
    `limit` s. Returns what was seen: load average, busy cores, seconds waited."""
    start = time.monotonic()
    busy = busy_cores() if limit > 0 else float("nan")
    while busy >= busy_max and time.monotonic() - start < limit:
        time.sleep(0.5)
        busy = busy_cores()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return {"load1": load, "busy_cores": busy, "waited_s": time.monotonic() - start}


# ------------------------------------------------------------------------- peers venv

def venv_python() -> Path:
    return VENV / "bin" / "python"


def ensure_peers_venv() -> Path:
    """Create benches/.venv-peers and install the peers into it (pip skips what is there)."""
    py = venv_python()
    if not py.exists():
        log(f"# creating {VENV}")
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    log(f"# pip install {' '.join(PEER_REQUIREMENTS)} (into {VENV})")
    proc = subprocess.run(
        [str(py), "-m", "pip", "install", "-q", *PEER_REQUIREMENTS], capture_output=True, text=True
    )
    if proc.returncode != 0:
        log(proc.stdout + proc.stderr)
        raise SystemExit(f"error: installing the peers into {VENV} failed (see above)")
    return py


# ------------------------------------------------------------------------- workers

class Worker:
    """One tool on one kernel in its own process (benches/worker.py)."""

    def __init__(self, py: Path, tool: str, kernel: Path, work: Path, quick: bool, so: Path | None):
        self.tool, self.kernel = tool, kernel
        self.err_path = work / f"{kernel.stem}-{tool}.log"
        cmd = [str(py), str(BENCHES / "worker.py"), "--tool", tool, "--kernel", str(kernel), "--work", str(work)]
        if quick:
            cmd.append("--quick")
        if so is not None:
            cmd += ["--so", str(so)]
        self.err = open(self.err_path, "w")
        self.proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.err, text=True, bufsize=1
        )
        self.info: dict = {}
        self.ok = False

    def read(self, timeout: float) -> dict:
        timer = threading.Timer(timeout, self.proc.kill)
        timer.start()
        try:
            line = self.proc.stdout.readline()
        finally:
            timer.cancel()
        if not line:
            self.proc.wait()
            tail = self.err_path.read_text(errors="replace").strip().splitlines()[-3:]
            return {
                "event": "failed",
                "stage": "worker",
                "reason": f"worker exited with code {self.proc.returncode} (timeout {timeout:.0f} s?): "
                + " | ".join(tail)[:600],
            }
        return json.loads(line)

    def prepare(self) -> dict:
        self.info = self.read(PREPARE_TIMEOUT)
        self.ok = self.info.get("event") == "ready"
        return self.info

    def sample(self, timeout: float) -> float | None:
        try:
            self.proc.stdin.write("time\n")
            self.proc.stdin.flush()
        except OSError:
            return None
        msg = self.read(timeout)
        if msg.get("event") != "sample":
            self.ok = False
            self.info = {**self.info, "event": "failed", "stage": "timing", "reason": msg.get("reason", str(msg))}
            return None
        return msg["per_call_s"]

    def close(self) -> None:
        try:
            if self.proc.poll() is None:
                self.proc.stdin.write("quit\n")
                self.proc.stdin.flush()
                self.proc.wait(timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()
        self.err.close()


def bench_kernel(bench, tools, py, work, so, quick, repeat, idle_limit) -> dict:
    """Prepare one worker per tool (sequentially, CPython first: it writes the reference),
    then take the interleaved timing samples."""
    row: dict = {"kernel": bench.name, "run": bench.run, "tools": {}}
    workers: list[Worker] = []
    try:
        for tool in tools:
            if tool == "numpy" and not any(map(NUMPY_RE.match, bench.path.read_text().splitlines())):
                continue  # no NumPy variant given
            if tool == "pyrs" and so is None:
                row["tools"][tool] = {"ok": False, "stage": "build", "reason": "pyrs build failed"}
                continue
            w = Worker(py, tool, bench.path, work, quick, so if tool == "pyrs" else None)
            info = w.prepare()
            entry = {k: v for k, v in info.items() if k not in ("event", "tool", "kernel")}
            entry["ok"] = w.ok
            row["tools"][tool] = entry
            if w.ok:
                workers.append(w)
                log(f"#   {bench.name} / {tool}: ready" + (f" (build {info['build_s']:.2f} s)" if "build_s" in info else ""))
            else:
                log(f"#   {bench.name} / {tool}: FAILED at {info.get('stage')}: {info.get('reason')}")
                w.close()
            if tool == "cpython" and not w.ok:
                return row  # no reference: nothing else can be checked
        cpy = row["tools"].get("cpython", {})
        if cpy.get("check_run_s", 0.0) > SLOW_RUN:
            repeat = min(repeat, 3)
        samples: dict[str, list[float]] = {w.tool: [] for w in workers}
        conditions: list[dict] = []
        for r in range(repeat):
            k = r % max(len(workers), 1)
            for w in workers[k:] + workers[:k]:
                if not w.ok:
                    continue
                cond = wait_for_idle(idle_limit)
                conditions.append(cond)
                cpy_t = cpy.get("check_run_s", 1.0)
                t = w.sample(timeout=max(600.0, 20 * cpy_t))
                if t is not None:
                    samples[w.tool].append(t)
        for w in workers:
            entry = row["tools"][w.tool]
            if not w.ok:
                entry.update(ok=False, stage=w.info.get("stage"), reason=w.info.get("reason"))
            s = samples[w.tool]
            if s:
                entry.update(best_s=min(s), median_s=statistics.median(s), samples_s=s, repeats=len(s))
        row["max_load1"] = max((c["load1"] for c in conditions), default=float("nan"))
        row["max_busy_cores_before_sample"] = max((c["busy_cores"] for c in conditions), default=float("nan"))
        row["idle_wait_s"] = sum(c["waited_s"] for c in conditions)
    finally:
        for w in workers:
            w.close()
    base = row["tools"].get("cpython", {}).get("best_s")
    for tool, e in row["tools"].items():
        if base and e.get("best_s"):
            e["speedup"] = base / e["best_s"]
    peers = {t: e["best_s"] for t, e in row["tools"].items() if t in PEERS and e.get("best_s")}
    if peers:
        best = min(peers, key=peers.get)
        row["best_peer"] = best
        pyrs_t = row["tools"].get("pyrs", {}).get("best_s")
        if pyrs_t:
            row["pyrs_over_best_peer"] = pyrs_t / peers[best]
    pyrs_e = row["tools"].get("pyrs", {})
    row["ok"] = bool(pyrs_e.get("ok")) if "pyrs" in tools else True
    return row


# ------------------------------------------------------------------------- build times

def pyrs_build(files: list[Path], outdir: Path, cache: Path | None) -> tuple[float, bool, str]:
    env = dict(os.environ)
    if cache is not None:
        env["PYRS_CACHE_DIR"] = str(cache)
    cmd = [str(difftest.pyrs_bin()), "build", "-q", "-o", str(outdir), *map(str, files)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    return time.perf_counter() - t0, proc.returncode == 0, proc.stderr[-2000:]


def touch_whitespace(path: Path) -> None:
    path.write_text(path.read_text() + "\n")


def pyrs_build_times(benches, tmp: Path, idle_limit: float, cold: bool) -> dict:
    out: dict = {"per_kernel": {}}
    cache = None
    for b in benches:
        d = tmp / "bt" / b.name
        d.mkdir(parents=True)
        src = d / b.path.name
        shutil.copyfile(b.path, src)
        entry: dict = {}
        if cold:
            if cache is not None:
                shutil.rmtree(cache, ignore_errors=True)
            cache = Path(tempfile.mkdtemp(prefix="pyrs-cold-cache-", dir=tmp))
            wait_for_idle(idle_limit)
            t, ok, err = pyrs_build([src], d, cache)
            entry["cold_s"], entry["cold_ok"] = t, ok
            if not ok:
                entry["cold_error"] = err
            touch_whitespace(src)
        wait_for_idle(idle_limit)
        t, ok, err = pyrs_build([src], d, cache)
        if not cold:  # warm cache from the shared cache: first build of this copy, then the edit
            touch_whitespace(src)
            t, ok, err = pyrs_build([src], d, cache)
        entry["warm_s"], entry["warm_ok"] = t, ok
        if not ok:
            entry["warm_error"] = err
        out["per_kernel"][b.name] = entry
        log(f"#   pyrs build {b.name}: " + ", ".join(f"{k} {v:.2f} s" for k, v in entry.items() if k.endswith("_s")))
    # 20 files in one call, warm cache: new modules, then the same after a whitespace edit
    d = tmp / "bt" / "twenty"
    d.mkdir(parents=True)
    files = []
    for i in range(20):
        b = benches[i % len(benches)]
        f = d / f"m{i:02d}_{b.name}.py"
        shutil.copyfile(b.path, f)
        files.append(f)
    wait_for_idle(idle_limit)
    t, ok, err = pyrs_build(files, d, cache)
    out["twenty_new_s"], out["twenty_new_ok"] = t, ok
    for f in files:
        touch_whitespace(f)
    wait_for_idle(idle_limit)
    t2, ok2, err2 = pyrs_build(files, d, cache)
    out["twenty_edit_s"], out["twenty_edit_ok"] = t2, ok2
    if not (ok and ok2):
        out["twenty_error"] = err if not ok else err2
    log(f"#   pyrs build 20 files, one call, warm cache: new {t:.2f} s, after an edit {t2:.2f} s")
    if cache is not None:
        shutil.rmtree(cache, ignore_errors=True)
    return out


# ------------------------------------------------------------------------- report

def fmt_s(x: float | None) -> str:
    if x is None:
        return "–"
    return f"{x:.3g}" if x >= 1e-3 else f"{x:.2e}"


def fmt_x(x: float | None) -> str:
    if x is None:
        return "–"
    return f"{x:.0f}×" if x >= 100 else f"{x:.1f}×" if x >= 1 else f"{x:.2f}×"


def geomean(xs: list[float]) -> float | None:
    xs = [x for x in xs if x and x > 0]
    return math.exp(sum(map(math.log, xs)) / len(xs)) if xs else None


# why a tool has no time, by the stage it failed at (benches/worker.py's `Failed`)
FAILURE_LABEL = {
    "build": "compile error",
    "compile": "compile error",
    "import": "compile error",
    "check": "disagrees",
    "run": "raises",
}


def failure_label(e: dict) -> str:
    return FAILURE_LABEL.get(e.get("stage"), "failed")


def first_line(reason) -> str:
    """The first line of a failure's reason (build outputs are joined with ' | ')."""
    text = str(reason or "").strip()
    line = text.splitlines()[0] if text else ""
    line = line.split(" | ")[0].strip()
    line = re.sub(r"/tmp/tmp[\w-]+", "/tmp/…", line)  # one note for the same error in temp files
    return line if len(line) <= 240 else line[:239] + "…"


def footnotes(rows: list, tools: list) -> tuple[dict, list]:
    """Numbers for the failures in table order, one per distinct stage and first line of the
    reason: {(kernel, tool): n} and [(n, text, [(kernel, tool), ...])]."""
    number: dict = {}
    notes: list = []
    by_text: dict = {}
    for r in rows:
        for t in tools:
            e = r["tools"].get(t)
            if e is None or e.get("ok"):
                continue
            text = f"{e.get('stage')}: {first_line(e.get('reason'))}"
            if text not in by_text:
                by_text[text] = len(notes)
                notes.append((len(notes) + 1, text, []))
            n, _, where = notes[by_text[text]]
            where.append((r["kernel"], t))
            number[(r["kernel"], t)] = n
    return number, notes


def cell(e: dict | None, what: str, note: int | None = None) -> str:
    if e is None:
        return "–"
    if not e.get("ok"):
        return failure_label(e) + (f" [{note}]" if note else "")
    if what == "time":
        return f"{fmt_s(e.get('best_s'))} ({fmt_s(e.get('median_s'))})"
    return fmt_x(e.get("speedup"))


def markdown(result: dict) -> str:
    rows, tools = result["results"], result["tools"]
    number, notes = footnotes(rows, tools)
    L = []
    if result["quick"]:
        L.append(f"pyrs build of {len(rows)} examples (one call): {result['build_s']:.2f} s\n")
    L.append("### Seconds per call, best of the repeats (median)\n")
    L.append("| kernel | " + " | ".join(LABEL[t] for t in tools) + " |")
    L.append("|---|" + "---:|" * len(tools))
    for r in rows:
        L.append(f"| {r['kernel']} | " + " | ".join(cell(r["tools"].get(t), "time", number.get((r["kernel"], t))) for t in tools) + " |")
    L.append("\n### Speed-up over CPython (best times), and pyrs against the best peer\n")
    peer_cols = [t for t in tools if t in PEERS]
    extra = " | best peer | pyrs / best peer |" if peer_cols else " |"
    L.append("| kernel | " + " | ".join(LABEL[t] for t in tools if t != "cpython") + extra)
    L.append("|---|" + "---:|" * (len(tools) - 1) + ("---|---:|" if peer_cols else ""))
    for r in rows:
        line = f"| {r['kernel']} | " + " | ".join(
            cell(r["tools"].get(t), "x", number.get((r["kernel"], t))) for t in tools if t != "cpython"
        )
        if peer_cols:
            ratio = r.get("pyrs_over_best_peer")
            line += f" | {LABEL.get(r.get('best_peer'), '–')} | " + (f"{ratio:.2f}" if ratio else "–")
        L.append(line + " |")
    gm = [fmt_x(geomean([r["tools"].get(t, {}).get("speedup") for r in rows])) for t in tools if t != "cpython"]
    line = "| geometric mean | " + " | ".join(gm)
    if peer_cols:
        line += " | | " + (lambda g: f"{g:.2f}" if g else "–")(geomean([r.get("pyrs_over_best_peer") for r in rows]))
    L.append(line + " |")
    L.append(
        "\nThe geometric mean of a tool is over the kernels it ran; a ratio above 1 means pyrs is "
        "slower than the best peer. `compile error`, `disagrees` (output differs from CPython's), `raises` "
        "(CPython does not) or `failed`: the numbered note below gives the first line of the reason; "
        "`–`: not run (no NumPy variant, or tool not installed)."
    )
    noisy = [r for r in rows if (r.get("max_busy_cores_before_sample") or 0) >= 0.5]
    if noisy and not result["quick"]:
        L.append(
            "\nOther load was still running when some samples started (after waiting up to the idle limit): "
            + ", ".join(f"{r['kernel']} (up to {r['max_busy_cores_before_sample']:.1f} busy cores)" for r in noisy)
            + "; the best-of-repeats times are the more reliable ones there."
        )
    if notes:
        L.append("\n### Why a tool has no time\n")
        for n, text, where in notes:
            kernels: dict = {}
            for k, t in where:
                kernels.setdefault(k, []).append(LABEL[t])
            who = "; ".join(f"{k} / {', '.join(ts)}" for k, ts in kernels.items())
            L.append(f"{n}. {who}: {text}")
    bt = result.get("build_times")
    if bt is not None:
        L.append("\n### Build time per kernel, seconds\n")
        if result.get("build_times_note"):
            L.append(result["build_times_note"] + "\n")
        cols = ["pyrs cold", "pyrs warm (edit)"] + [LABEL[t] for t in ("pythran", "pythran-native", "cython") if t in tools]
        if "numba" in tools:
            cols.append("Numba first-call compile")
        L.append("| kernel | " + " | ".join(cols) + " |")
        L.append("|---|" + "---:|" * len(cols))
        for r in rows:
            pk = bt.get("per_kernel", {}).get(r["kernel"], {})
            vals = [fmt_s(pk.get("cold_s")) if pk.get("cold_ok", True) else "failed",
                    fmt_s(pk.get("warm_s")) if pk.get("warm_ok", True) else "failed"]
            for t in ("pythran", "pythran-native", "cython", "numba"):
                if t in tools:
                    e = r["tools"].get(t, {})
                    vals.append(fmt_s(e.get("build_s")) if e.get("build_s") is not None else "failed" if e else "–")
            L.append(f"| {r['kernel']} | " + " | ".join(vals) + " |")
        if "twenty_new_s" in bt:
            L.append(
                f"\npyrs, 20 files in one call, warm cache: {bt['twenty_new_s']:.2f} s as new modules, "
                f"{bt['twenty_edit_s']:.2f} s after a whitespace edit of all 20"
                + ("" if bt.get("twenty_new_ok") and bt.get("twenty_edit_ok") else " (FAILED)") + ".  "
            )
        L.append(f"pyrs, all {len(rows)} examples in one call (the modules timed above): {result['build_s']:.2f} s.")
    return "\n".join(L) + "\n"


def environment(py: Path, tools: list[str]) -> dict:
    env = {
        "date": time.strftime("%Y-%m-%d %H:%M:%S %z"),
        "machine": platform.machine(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "worker_python": str(py),
    }
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                env["cpu"] = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        env["pyrs"] = subprocess.run([str(difftest.pyrs_bin()), "--version"], capture_output=True, text=True).stdout.strip()
    except Exception:  # noqa: BLE001
        pass
    probe = (
        "import sys, json, numpy\nv = {'python': sys.version.split()[0], 'numpy': numpy.__version__}\n"
        "for m, n in [('pythran', 'pythran'), ('numba', 'numba'), ('Cython', 'cython'), ('matplotlib', 'matplotlib')]:\n"
        "    try:\n        v[n] = __import__(m).__version__\n    except Exception:\n        pass\n"
        "print(json.dumps(v))\n"
    )
    try:
        env.update(json.loads(subprocess.run([str(py), "-c", probe], capture_output=True, text=True).stdout))
    except Exception:  # noqa: BLE001
        pass
    for cc in ("g++", "rustc"):
        try:
            env[cc] = subprocess.run([cc, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
        except Exception:  # noqa: BLE001
            pass
    return env


def installed_tools(py: Path, wanted: list[str]) -> list[str]:
    """Drop peers whose module the worker python cannot import (not installed is not a failure)."""
    mods = {"pythran": "pythran", "pythran-native": "pythran", "numba": "numba", "cython": "Cython"}
    out = []
    for t in wanted:
        if t in mods:
            r = subprocess.run([str(py), "-c", f"import {mods[t]}"], capture_output=True)
            if r.returncode != 0:
                log(f"# {t}: not installed in {py}, skipped (use --peers to install it)")
                continue
        out.append(t)
    return out


def write_reports(result: dict, md_path: Path | None, chart_path: Path | None, py: Path, print_report: bool = True) -> int:
    """The markdown report (with machine, date and versions) and the PNG chart."""
    env = result
    report = markdown(result)
    if print_report:
        print(report)
    if md_path is not None:
        head = [
            "# pyrs against CPython, NumPy, Pythran, Numba and Cython\n",
            f"Produced by `{result.get('command', 'python3 benches/run.py')}` on {env['date']}.\n",
            f"- machine: {env.get('cpu', '?')}, {env['cpu_count']} cores, {env['platform']}",
            "- versions: " + ", ".join(
                (str(env[k]) if str(env[k]).lower().startswith(k) else f"{k} {env[k]}") for k in ("pyrs", "python", "numpy", "pythran", "numba", "cython", "g++", "rustc") if k in env
            ),
            f"- method: each tool on each kernel in its own process, output checked against CPython's first; "
            f"{result['repeats']} interleaved samples per tool (3 when CPython takes over {SLOW_RUN:.0f} s), each after "
            f"waiting for an idle CPU; a sample repeats the call for ~0.2 s. Inputs: the `#setup:` lines of "
            f"examples/*.py.\n",
        ]
        if chart_path is not None:
            head.append(f"![speed-up over CPython]({chart_path.name})\n")
        md_path.write_text("\n".join(head) + "\n" + report)
        print(f"report written to {md_path}")
    if chart_path is not None:
        tmp_json = Path(tempfile.mkstemp(suffix=".json")[1])
        tmp_json.write_text(json.dumps(result))
        proc = subprocess.run([str(py), str(BENCHES / "chart.py"), str(tmp_json), str(chart_path)], capture_output=True, text=True)
        tmp_json.unlink()
        if proc.returncode == 0:
            print(f"chart written to {chart_path}")
        else:
            log(f"# chart not drawn (matplotlib missing in {py}? --peers installs it):\n{proc.stderr[-1500:]}")
            return 1
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small inputs (#quick-setup:), CPython and pyrs only, 1 repeat")
    ap.add_argument("--peers", action="store_true", help=f"install the peers into {VENV.relative_to(ROOT)} and use it")
    ap.add_argument("--python", type=Path, help="interpreter for the workers (default: the peers venv if present, else this one)")
    ap.add_argument("--tools", help=f"comma-separated subset of {','.join(TOOLS)}")
    ap.add_argument("--only", action="append", metavar="NAME", help="run only this example (repeatable)")
    ap.add_argument("--repeat", type=int, default=None, help="timing samples per tool (default 5, 1 with --quick)")
    ap.add_argument("--idle-wait", type=float, default=None, help="max seconds to wait for an idle CPU before a sample (default 10; 0, no waiting, with --quick)")
    ap.add_argument("--no-build-times", action="store_true", help="skip the pyrs cold/warm build measurements")
    ap.add_argument("--no-cold", action="store_true", help="measure warm pyrs builds only (cold ones take ~30-50 s each)")
    ap.add_argument("--json", type=Path, default=BENCHES / "results.json")
    ap.add_argument("--md", type=Path, default=None, help="markdown report (default benches/RESULTS.md, none with --quick)")
    ap.add_argument("--chart", type=Path, default=None, help="PNG chart (default benches/results.png, none with --quick)")
    ap.add_argument("--report-from", type=Path, metavar="JSON", help="only rewrite --md and --chart from a results JSON")
    args = ap.parse_args(argv)
    if args.report_from:
        return write_reports(json.loads(args.report_from.read_text()), args.md or BENCHES / "RESULTS.md",
                             args.chart or BENCHES / "results.png", Path(args.python or venv_python()))
    repeat = args.repeat or (1 if args.quick else 5)
    idle_limit = args.idle_wait if args.idle_wait is not None else (0.0 if args.quick else 10.0)

    if args.tools:
        tools = [t.strip() for t in args.tools.split(",") if t.strip()]
        bad = set(tools) - set(TOOLS)
        if bad:
            ap.error(f"unknown tool(s): {', '.join(sorted(bad))}; choose from {', '.join(TOOLS)}")
    else:
        tools = ["cpython", "pyrs"] if args.quick else list(TOOLS)
    tools = ["cpython"] + [t for t in TOOLS if t in tools and t != "cpython"]  # CPython is the reference

    if args.peers:
        py = ensure_peers_venv()
    elif args.python:
        py = args.python
    elif not args.quick and venv_python().exists():
        py = venv_python()
    else:
        py = Path(sys.executable)
    tools = installed_tools(py, tools)

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

    md_path = args.md if args.md is not None else (None if args.quick else BENCHES / "RESULTS.md")
    chart_path = args.chart if args.chart is not None else (None if args.quick else BENCHES / "results.png")
    env = environment(py, tools)
    log(f"# workers: {py} (Python {env.get('python')}, numpy {env.get('numpy')}); tools: {', '.join(tools)}")

    with tempfile.TemporaryDirectory(prefix="pyrs-bench-") as tmp_s:
        tmp = Path(tmp_s)
        build_times = None
        if not args.quick and not args.no_build_times and "pyrs" in tools:
            log("# pyrs build times" + ("" if args.no_cold else " (cold builds compile the dependencies: ~30-50 s each)"))
            build_times = pyrs_build_times(benches, tmp, idle_limit, cold=not args.no_cold)
        built = {}
        build_s = 0.0
        if "pyrs" in tools:
            t0 = time.perf_counter()
            built = difftest.build_all([b.path for b in benches], tmp / "pyrs")
            build_s = time.perf_counter() - t0
        rows, failed = [], False
        for b in benches:
            res = built.get(b.name)
            so = res.so if res is not None and res.ok else None
            if res is not None and not res.ok:
                log(f"{b.name}: pyrs build failed\n{res.log}")
            log(f"# {b.name}")
            row = bench_kernel(b, tools, py, tmp, so, args.quick, repeat, idle_limit)
            if res is not None and not res.ok:
                row["build_log"] = res.log
            rows.append(row)
            failed |= not row["ok"]
            e = row["tools"]
            log(
                f"# {b.name}: "
                + ", ".join(
                    f"{LABEL[t]} {fmt_s(e[t].get('best_s'))} s" if e[t].get("ok") else f"{LABEL[t]} FAILED"
                    for t in tools if t in e
                )
            )
    shown = [t for t in tools if any(t in r["tools"] for r in rows)]
    result = {
        **env,
        "quick": args.quick,
        "tools": shown,
        "repeats": repeat,
        "build_s": build_s,
        "build_times": build_times,
        "results": rows,
    }
    result["command"] = "python3 benches/run.py" + (" --peers" if args.peers else "")
    print("\n" + markdown(result))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n")
    print(f"results written to {args.json}")
    write_reports(result, md_path, chart_path, py, print_report=False)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
