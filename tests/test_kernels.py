"""Differential tests: every `#case:`/`#deviates:`/`#typeerror:` line of tests/kernels/*.py.

All kernel files are compiled by one `pyrs build` call per session (see conftest.py);
one pytest test per case line, with ids like `arith_int.py:12:floordiv(-7, 2)`.
"""
import pytest

import difftest
from conftest import run_case_or_fail

CASES = [c for path in difftest.kernel_files() for c in difftest.parse_cases(path)]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_kernel_case(case, built_kernels):
    run_case_or_fail(case, built_kernels)


@pytest.mark.parametrize("path", difftest.kernel_files(), ids=lambda p: p.name)
def test_kernel_file_is_well_formed(path):
    """Needs no compiler: module level is imports + functions, cases match an export."""
    errors = difftest.lint_kernel_file(path)
    assert not errors, "\n".join(errors)


def _constants(path):
    import ast
    tree = ast.parse(path.read_text())
    return [s.targets[0].id for s in tree.body if isinstance(s, ast.Assign) and isinstance(s.targets[0], ast.Name)]


CONST_FILES = [p for p in difftest.kernel_files() if _constants(p)]


@pytest.mark.parametrize("path", CONST_FILES, ids=lambda p: p.name)
def test_module_constants_are_attributes(path, built_kernels):
    """Module-level constants are attributes of the compiled module with CPython's values."""
    from conftest import modules_for
    pure, comp = modules_for(built_kernels, path)
    for name in _constants(path):
        want = getattr(pure, name)
        if callable(want):
            continue  # an alias of a function (`gamma = random.gamma`), not a constant
        if isinstance(want, dict) and any(callable(v) for v in want.values()):
            # a table of functions of the file: compiled code dispatches through it, but it is
            # not a module attribute (README: "table is not an attribute of the compiled module")
            assert not hasattr(comp, name), f"{name}: a table of functions became an attribute"
            continue
        got = getattr(comp, name)
        assert type(got) is type(want) and got == want, f"{name}: compiled {got!r}, CPython {want!r}"
