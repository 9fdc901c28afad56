"""Scaling a compiled kernel beyond one process: examples/dask/dask_julia.py on a 2-process
distributed.LocalCluster (compiled functions pickle by reference; the workers import the
compiled module), on a threaded cluster and on multiprocessing.Pool, each compared with the
.py. Needs dask and distributed (scripts/requirements-test.txt installs them)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

import difftest

pytest.importorskip("dask.array")
pytest.importorskip("distributed")


def test_dask_and_multiprocessing_agree_with_python(pyrs):
    env = dict(os.environ, PYRS_BIN=str(pyrs))
    r = subprocess.run(
        [sys.executable, str(difftest.REPO / "examples" / "dask" / "dask_julia.py"), "--n", "160", "--workers", "2"],
        capture_output=True, text=True, env=env, timeout=900,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    lines = [l for l in r.stdout.splitlines() if "matches plain Python" in l]
    assert len(lines) == 4, r.stdout
    assert all(l.endswith("matches plain Python: True") for l in lines), r.stdout
    assert any("2 worker processes" in l for l in lines) and any("Pool.map" in l for l in lines)


def test_compiled_function_pickles_by_reference(pyrs, tmp_path):
    import shutil

    shutil.copyfile(difftest.EXAMPLES / "julia.py", tmp_path / "julia.py")
    subprocess.run([str(pyrs), "build", "-q", "--python", sys.executable, str(tmp_path / "julia.py")], check=True)
    code = (
        "import pickle, julia; b = pickle.dumps(julia.calculate_z); "
        "assert len(b) < 100 and b'julia' in b and b'calculate_z' in b, b; "
        "assert pickle.loads(b) is julia.calculate_z; print('ok')"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert r.stdout.strip() == "ok", r.stdout + r.stderr
