"""Session fixtures shared by the pyrs test files: one `pyrs build` call per file set."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import difftest  # noqa: E402


def _build(tmp_path_factory, name: str, sources: list[Path]):
    try:
        difftest.pyrs_bin()
    except difftest.PyrsMissing as exc:
        return exc
    outdir = tmp_path_factory.mktemp(name)
    return difftest.build_all(sources, outdir)


@pytest.fixture(scope="session")
def pyrs():
    """Path of the pyrs binary; fails (never skips) when it is missing."""
    try:
        return difftest.pyrs_bin()
    except difftest.PyrsMissing as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture(scope="session")
def built_kernels(tmp_path_factory):
    return _build(tmp_path_factory, "kernels", difftest.kernel_files())


@pytest.fixture(scope="session")
def built_examples(tmp_path_factory):
    return _build(tmp_path_factory, "examples", difftest.example_files())


def modules_for(built, path: Path):
    """(pure module, compiled module) for a source file, failing the test on build errors."""
    if isinstance(built, Exception):
        pytest.fail(str(built), pytrace=False)
    res = built[path.stem]
    if not res.ok:
        pytest.fail(f"{path.name} failed to build with pyrs:\n{res.log}", pytrace=False)
    try:
        comp = difftest.load_compiled(res.so)
    except Exception as exc:  # noqa: BLE001
        pytest.fail(f"cannot import the compiled {res.so}: {exc!r}", pytrace=False)
    return difftest.load_pure(path), comp


def run_case_or_fail(case, built):
    pure, comp = modules_for(built, case.path)
    failure = difftest.run_case(case, pure, comp)
    if failure:
        pytest.fail(failure, pytrace=False)
