"""A pyrs-compiled kernel on Dask and on multiprocessing: scaling beyond one process.

    python examples/dask/dask_julia.py [--n 1000] [--workers 2]

Compiles examples/julia.py (``calculate_z``) with pyrs, then computes the Julia set of an
n x n grid four ways and checks each against plain Python (the ``.py``) on the same grid:

1. ``dask.array.map_blocks`` on a ``distributed.LocalCluster`` of worker *processes*:
   compiled functions pickle by reference (module and name), so each worker imports the
   compiled module itself -- here from the build directory put on PYTHONPATH; in a real
   deployment, from the installed package (``pip install`` of a package built with
   ``pyrs.setuptools`` on every worker);
2. the same on a cluster of *threads* in this process: compiled calls release the GIL, so
   the threads run at the same time;
3. ``multiprocessing.Pool.map`` over ``julia.calculate_z`` itself (pickled by reference);
4. one plain call, for the time.
"""
from __future__ import annotations

import argparse
import importlib.machinery
import importlib.util
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
MAXITER = 300


def pyrs_command() -> list[str]:
    """The pyrs binary: $PYRS_BIN, the repository's release build, else `pyrs` on PATH."""
    exe = os.environ.get("PYRS_BIN") or str(ROOT / "target" / "release" / "pyrs")
    return [exe] if Path(exe).exists() else ["pyrs"]


def build_kernel(outdir: Path):
    """Compiles examples/julia.py into outdir; returns (compiled module, pure-Python module)."""
    src = outdir / "julia.py"
    shutil.copyfile(ROOT / "examples" / "julia.py", src)
    subprocess.run([*pyrs_command(), "build", "-q", "--python", sys.executable, str(src)], check=True)
    # worker processes find the compiled module through PYTHONPATH (they inherit the environment)
    os.environ["PYTHONPATH"] = os.pathsep.join([str(outdir), *filter(None, [os.environ.get("PYTHONPATH")])])
    sys.path.insert(0, str(outdir))
    import julia  # the compiled module: the extension beside julia.py wins

    assert not julia.__file__.endswith(".py"), julia.__file__
    spec = importlib.util.spec_from_file_location("julia_pure", src)
    pure = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pure)
    return julia, pure


def grid(n: int):
    x = np.linspace(-1.8, 1.8, n, endpoint=False)
    y = np.linspace(1.8, -1.8, n, endpoint=False)
    zs = (x[np.newaxis, :] + 1j * y[:, np.newaxis]).ravel()
    cs = np.full(n * n, complex(-0.62772, -0.42193))
    return zs, cs


def block(zs, cs):
    """One Dask block: the compiled kernel on a chunk (pickled by value, `julia` by reference)."""
    import julia

    return julia.calculate_z(MAXITER, zs, cs, np.zeros(zs.shape[0], dtype=np.int64))


def on_dask(zs, cs, chunks: int, **cluster_kw) -> tuple[np.ndarray, float]:
    import dask.array as da
    from distributed import Client, LocalCluster

    with LocalCluster(dashboard_address=None, **cluster_kw) as cluster, Client(cluster):
        dz = da.from_array(zs, chunks=chunks)
        dc = da.from_array(cs, chunks=chunks)
        out = da.map_blocks(block, dz, dc, dtype=np.int64)
        out.compute()  # warm-up: workers import numpy and the compiled module
        t = time.perf_counter()
        res = out.compute()
        return res, time.perf_counter() - t


def on_pool(julia, zs, cs, chunks: int, workers: int) -> tuple[np.ndarray, float]:
    parts = [(MAXITER, zs[i:i + chunks], cs[i:i + chunks], np.zeros(len(zs[i:i + chunks]), dtype=np.int64))
             for i in range(0, len(zs), chunks)]
    ctx = multiprocessing.get_context("spawn")  # fresh interpreters: they import `julia` themselves
    with ctx.Pool(workers) as pool:
        pool.starmap(julia.calculate_z, parts[:workers])  # warm-up
        t = time.perf_counter()
        res = pool.starmap(julia.calculate_z, parts)
        return np.concatenate(res), time.perf_counter() - t


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="grid size n (n x n points)")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="pyrs-dask-"))
    try:
        julia, pure = build_kernel(work)
        zs, cs = grid(args.n)
        chunks = max(1, len(zs) // (4 * args.workers))

        expected = np.zeros(len(zs), dtype=np.int64)
        t = time.perf_counter()
        pure.calculate_z(MAXITER, zs, cs, expected)
        t_py = time.perf_counter() - t
        one = np.zeros(len(zs), dtype=np.int64)
        t = time.perf_counter()
        julia.calculate_z(MAXITER, zs, cs, one)
        t_one = time.perf_counter() - t

        results = [("compiled, one call", one, t_one)]
        results.append(("dask, %d worker processes" % args.workers,
                        *on_dask(zs, cs, chunks, n_workers=args.workers, threads_per_worker=1, processes=True)))
        results.append(("dask, %d threads" % args.workers,
                        *on_dask(zs, cs, chunks, n_workers=1, threads_per_worker=args.workers, processes=False)))
        results.append(("multiprocessing.Pool.map, %d processes" % args.workers,
                        *on_pool(julia, zs, cs, chunks, args.workers)))

        print(f"Julia set, {args.n}x{args.n} grid, maxiter {MAXITER}: plain Python {t_py:.2f} s")
        ok = True
        for name, res, secs in results:
            same = np.array_equal(res, expected)
            ok &= same
            print(f"  {name:40s} {secs:8.3f} s  {t_py / secs:7.0f}x  matches plain Python: {same}")
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
