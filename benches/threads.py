"""Multi-core use from plain Python threads (seed 001's nogil example): compiled calls release
the GIL, so threads calling the compiled logexp kernel on separate chunks run at the same time.
Also parallel loops: julia with `#omp parallel for` against its serial build.

    python3 benches/threads.py [--size N] [--repeat R]

Prints, from one run: logexp with 1 thread vs T threads (T = number of cores), and
julia_parallel vs julia (serial), as ratios.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import difftest  # noqa: E402


def best_of(fn, repeat):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times), statistics.median(times)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=8_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    opts = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pyrs-threads-"))
    srcs = [ROOT / "examples" / f for f in ("logexp.py", "julia.py", "julia_parallel.py")]
    built = difftest.build_all(srcs, work)
    for b in built.values():
        if not b.ok:
            sys.exit(b.log)
    logexp = difftest.load_compiled(built["logexp"].so)
    julia = difftest.load_compiled(built["julia"].so)
    julia_par = difftest.load_compiled(built["julia_parallel"].so)

    T = os.cpu_count() or 2
    n = opts.size
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 20.0, n)
    y = rng.uniform(0, 20.0, n)
    r1 = np.zeros(n)
    rT = np.zeros(n)

    def one_thread():
        logexp.numba_f(x, y, 0, n, r1)

    def threads():
        chunk = (n + T - 1) // T
        ts = [threading.Thread(target=logexp.numba_f, args=(x, y, k * chunk, chunk, rT)) for k in range(T)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()

    one_thread()
    threads()
    assert np.array_equal(r1, rT, equal_nan=True), "threaded results differ from the single call"
    t1, _ = best_of(one_thread, opts.repeat)
    tT, _ = best_of(threads, opts.repeat)

    N = 1000
    xs = np.linspace(-1.8, 1.8, N, endpoint=False)
    ys = np.linspace(1.8, -1.8, N, endpoint=False)
    zs = (xs[np.newaxis, :] + 1j * ys[:, np.newaxis]).ravel()
    cs = np.full(N * N, complex(-0.62772, -0.42193))
    o1 = np.zeros(N * N, dtype=np.int64)
    o2 = np.zeros(N * N, dtype=np.int64)
    julia.calculate_z(300, zs, cs, o1)
    julia_par.calculate_z(300, zs, cs, o2)
    assert np.array_equal(o1, o2), "parallel julia differs from serial"
    js, _ = best_of(lambda: julia.calculate_z(300, zs, cs, o1), opts.repeat)
    jp, _ = best_of(lambda: julia_par.calculate_z(300, zs, cs, o2), opts.repeat)

    print(f"| benchmark | 1 thread / serial s | {T} threads / parallel s | speed-up |")
    print("|---|---:|---:|---:|")
    print(f"| logexp from Python threads, n={n} | {t1:.4f} | {tT:.4f} | {t1 / tT:.2f}x |")
    print(f"| julia 1000x1000 `#omp parallel for` | {js:.4f} | {jp:.4f} | {js / jp:.2f}x |")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
