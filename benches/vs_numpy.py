"""pyrs against the NumPy code it compiles, on benches/vs_numpy_kernels.py (array-level kernels:
reductions of expressions, complex abs, strided stores, fresh large outputs, cumsum of reversed
views), in one process:

    python benches/vs_numpy.py [--cpu] [PYRS_BINARY ...]

Each binary (default target/release/pyrs) builds the kernels into its own temporary directory;
each kernel is timed as NumPy runs it (the .py) and as each build runs it, best of 5 samples of
~0.05 s, and its result compared with NumPy's bit for bit ("bits" / "DIFF"). Prints per kernel the
times and the ratio pyrs / NumPy, then the geometric mean of the ratios per build. `--cpu` times
CPU time of the process (`time.process_time`) instead of wall clock: steadier on a loaded
machine, but it counts every thread (numpy's BLAS `dot` runs on several)."""
import importlib.machinery, importlib.util, math, os, subprocess, sys, sysconfig, tempfile, time
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "vs_numpy_kernels.py")
ext = sysconfig.get_config_var("EXT_SUFFIX")


def load(path, name):
    loader = importlib.machinery.ExtensionFileLoader(name, path) if path.endswith(ext) else None
    spec = importlib.util.spec_from_file_location(name, path, loader=loader)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def build(binary):
    d = tempfile.mkdtemp(prefix="pyrs-vs-numpy-")
    dst = os.path.join(d, "vs_numpy_kernels.py")
    with open(SRC) as f, open(dst, "w") as g:
        g.write(f.read())
    subprocess.run([binary, "build", "-q", dst], check=True)
    return load(os.path.join(d, "vs_numpy_kernels" + ext), "vs_numpy_kernels")


def cases():
    rng = np.random.default_rng(0)
    a = rng.random(100000) + 0.1
    c = rng.random((1000, 1000)) + 1j * rng.random((1000, 1000))
    t1, p1, t2, p2 = (rng.random(1000000) for _ in range(4))
    xc = rng.standard_normal(3000000)
    xc[::7] = np.nan
    m = rng.random((300, 2000)).T
    big = rng.random(10_000_000)
    sx = rng.random(1000)
    return {
        "r3": (a,), "loglik": (a, 0.5, 0.3), "rownorm": (c,), "cabs2": (c,), "grid": (1000,),
        "revcs": (big,), "arcd": (t1, p1, t2, p2), "clean": (xc,), "varax": (m,), "sumax0": (m,),
        "zeros_big": (10_000_000,), "cat": (big,), "poly": (big,),
        "meanexpr": (rng.random((1000, 1000)),),
        "strided_store": (lambda: (np.zeros((2000, 1000)), sx)),
        "dot": (big[:1_000_000], big[1_000_000:2_000_000]), "tanh": (a * 6 - 3,),
    }


def args_of(v):
    return v() if callable(v) else v


CLOCK = time.perf_counter


def best(f, v):
    args = args_of(v)
    t0 = CLOCK(); f(*args); dt = CLOCK() - t0
    n = max(1, int(0.05 / max(dt, 1e-7)))
    b = math.inf
    for _ in range(5):
        calls = [args_of(v) for _ in range(n)] if callable(v) else None
        t0 = CLOCK()
        for k in range(n):
            f(*(calls[k] if calls else args))
        b = min(b, (CLOCK() - t0) / n)
    return b


def same(x, y):
    if isinstance(x, tuple):
        return len(x) == len(y) and all(same(a, b) for a, b in zip(x, y))
    x, y = np.ascontiguousarray(np.atleast_1d(x)), np.ascontiguousarray(np.atleast_1d(y))
    if x.shape != y.shape or x.dtype != y.dtype:
        return False
    return np.array_equal(x.view(np.uint8), y.view(np.uint8)) if x.dtype.kind in "fc" else np.array_equal(x, y)


def main():
    global CLOCK
    argv = sys.argv[1:]
    if "--cpu" in argv:
        argv.remove("--cpu")
        CLOCK = time.process_time
    binaries = argv or [os.path.join(HERE, "..", "target", "release", "pyrs")]
    py = load(SRC, "vs_numpy_py")
    mods = [build(b) for b in binaries]
    logs = [[] for _ in mods]
    for k, v in cases().items():
        r0 = getattr(py, k)(*args_of(v))
        tn = best(getattr(py, k), v)
        row = f"{k:14s} numpy {tn * 1e3:9.3f} ms"
        for i, m in enumerate(mods):
            f = getattr(m, k)
            ok = same(f(*args_of(v)), r0)
            t = best(f, v)
            logs[i].append(math.log(t / tn))
            row += f" | pyrs {t * 1e3:9.3f} ms {t / tn:5.2f}x {'bits' if ok else 'DIFF'}"
        print(row, flush=True)
    for b, l in zip(binaries, logs):
        print(f"geometric mean pyrs / numpy ({b}): {math.exp(sum(l) / len(l)):.2f}")


if __name__ == "__main__":
    main()
