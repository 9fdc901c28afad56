"""Before/after timing of the examples built by two pyrs binaries, interleaved in one process
(for a change that should not change speed, e.g. a restructuring):

    mkdir a b; cp examples/*.py a; cp examples/*.py b
    OLD_PYRS build -q a/*.py; target/release/pyrs build -q b/*.py
    python benches/ab.py a b [example ...]

Each example's `#setup:` runs once per build, then its `#run:` is timed in 5 rounds, the two
builds alternating (order flipped every round); best per build, ratio after/before, and the
geometric mean."""
import sys, time, importlib.util, importlib.machinery, re, glob, os, math, sysconfig
import numpy as np
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ext = sysconfig.get_config_var("EXT_SUFFIX")
da, db = sys.argv[1], sys.argv[2]
only = set(sys.argv[3:])
def load(path, name):
    loader = importlib.machinery.ExtensionFileLoader(name, path)
    spec = importlib.util.spec_from_file_location(name, path, loader=loader)
    m = importlib.util.module_from_spec(spec); loader.exec_module(m); return m
rows = []
for py in sorted(glob.glob(f"{REPO}/examples/*.py")):
    stem = os.path.basename(py)[:-3]
    if only and stem not in only: continue
    src = open(py).read()
    setup = [l[len("#setup:"):].strip() for l in src.splitlines() if l.startswith("#setup:")]
    run = [l[len("#run:"):].strip() for l in src.splitlines() if l.startswith("#run:")]
    if not run: continue
    pa, pb = f"{da}/{stem}{ext}", f"{db}/{stem}{ext}"
    if not (os.path.exists(pa) and os.path.exists(pb)): print("skip", stem); continue
    ma, mb = load(pa, stem), load(pb, stem)
    best = {}
    for tag, m in (("a", ma), ("b", mb)):
        ns = {"np": np, "math": math}; ns.update({k: getattr(m, k) for k in dir(m) if not k.startswith("_")})
        for s in setup: exec(s, ns)
        best[tag] = ns
    code = compile("\n".join(run), "<run>", "exec")
    # calibrate
    t0 = time.perf_counter(); exec(code, best["a"]); dt = time.perf_counter() - t0
    n = max(1, int(0.2 / max(dt, 1e-7)))
    res = {"a": [], "b": []}
    for rnd in range(5):
        for tag in (("a", "b") if rnd % 2 == 0 else ("b", "a")):
            ns = best[tag]; t0 = time.perf_counter()
            for _ in range(n): exec(code, ns)
            res[tag].append((time.perf_counter() - t0) / n)
    a, b = min(res["a"]), min(res["b"])
    rows.append((stem, a, b, b / a))
    print(f"{stem:20s} before {a:.3e}  after {b:.3e}  after/before {b/a:.3f}", flush=True)
g = math.exp(sum(math.log(r[3]) for r in rows) / len(rows))
print(f"geometric mean after/before: {g:.3f} over {len(rows)} examples")
