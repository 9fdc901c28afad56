"""The newcomer's demo: compile examples/julia.py with pyrs, run it and plain Python on the
same 1000x1000 Julia-set grid (seed 003), check that the results match and print the speed-up.

    scripts/demo        (sets up .venv with numpy, builds pyrs, then runs this with .venv's python)
"""

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
PYRS = os.environ.get("PYRS_BIN", str(ROOT / "target" / "release" / "pyrs"))


def load(name, path, module_name):
    if path.suffix == ".py":
        spec = importlib.util.spec_from_file_location(module_name, path)
    else:
        loader = importlib.machinery.ExtensionFileLoader(name, str(path))
        spec = importlib.util.spec_from_file_location(name, path, loader=loader)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    work = Path(tempfile.mkdtemp(prefix="pyrs-demo-"))
    src = work / "julia.py"
    shutil.copyfile(ROOT / "examples" / "julia.py", src)
    t = time.perf_counter()
    subprocess.run([PYRS, "build", "--python", sys.executable, str(src)], check=True)
    print(f"pyrs build took {time.perf_counter() - t:.1f} s")
    so = work / ("julia" + sysconfig.get_config_var("EXT_SUFFIX"))
    compiled = load("julia", so, "julia")
    pure = load("julia", src, "julia_pure")
    print(f"compiled module: {compiled.__file__}")

    n, maxiter = 1000, 300
    x = np.linspace(-1.8, 1.8, n, endpoint=False)
    y = np.linspace(1.8, -1.8, n, endpoint=False)
    zs = (x[np.newaxis, :] + 1j * y[:, np.newaxis]).ravel()
    cs = np.full(n * n, complex(-0.62772, -0.42193))

    out_c = np.zeros(n * n, dtype=np.int64)
    t = time.perf_counter()
    compiled.calculate_z(maxiter, zs, cs, out_c)
    t_c = time.perf_counter() - t

    out_p = np.zeros(n * n, dtype=np.int64)
    t = time.perf_counter()
    pure.calculate_z(maxiter, zs, cs, out_p)
    t_p = time.perf_counter() - t

    same = np.array_equal(out_c, out_p)
    print(f"results match plain Python: {same} (sum of iterations {out_c.sum()})")
    print(f"plain Python {t_p:.2f} s, pyrs {t_c:.3f} s: {t_p / t_c:.0f}x faster")
    shutil.rmtree(work)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
