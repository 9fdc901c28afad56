"""Differential tests of the seed examples (examples/*.py) and sanity of their benchmark lines."""
import pytest

import difftest
from conftest import run_case_or_fail

EXAMPLES = difftest.example_files()
CASES = [c for path in EXAMPLES for c in difftest.parse_cases(path)]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_example_case(case, built_examples):
    run_case_or_fail(case, built_examples)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_is_well_formed(path):
    errors = difftest.lint_kernel_file(path)
    assert not errors, "\n".join(errors)
    bench = difftest.parse_bench(path)
    assert bench is not None, f"{path.name} has no #run: line"
    assert difftest.parse_exports(path), f"{path.name} exports nothing"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_quick_setup_runs_in_cpython(path):
    """The quick benchmark inputs run under plain CPython (cheap; no compiler needed)."""
    bench = difftest.parse_bench(path)
    pure = difftest.load_pure(path)
    ns = dict(difftest.CASE_NAMESPACE)
    exec(bench.quick_setup, ns)
    for e in difftest.parse_exports(path):
        ns[e.name] = getattr(pure, e.name)
    outcome = difftest.call(lambda: eval(bench.run, ns), [], {})
    assert outcome.exc is None, f"{path.name}: {outcome}"
