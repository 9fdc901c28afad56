"""The benchmark report (benches/run.py's markdown): a tool without a time says why, as
`compile error [n]`, `disagrees [n]` or `raises [n]`, and note n gives the stage and the first
line of the reason. Pure Python on a made-up result: nothing is built or timed."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benches"))
import run  # noqa: E402

PYTHRAN_ERR = (
    "pythran exited 1: /tmp/tmpa.cpp:99:84: error: use of ‘res’ before deduction of ‘auto’"
    " | CRITICAL: Cover me Jack. | E: error: command '/usr/bin/gcc' failed with exit code 1"
)


def ok(best, speedup=None):
    return {"ok": True, "best_s": best, "median_s": best * 1.1, "speedup": speedup}


def failed(stage, reason):
    return {"ok": False, "stage": stage, "reason": reason}


def result():
    rows = [
        {
            "kernel": "logexp",
            "tools": {
                "cpython": ok(1.5),
                "pyrs": ok(0.01, 150.0),
                "pythran": failed("build", PYTHRAN_ERR),
                "numba": ok(0.04, 37.5),
            },
            "best_peer": "numba",
            "pyrs_over_best_peer": 0.25,
        },
        {
            "kernel": "polynomial",
            "tools": {
                "cpython": ok(0.6),
                "pyrs": ok(0.2, 3.0),
                "pythran": failed("check", "result[49]: -2.2050002205009633e-05, expected -2.205000220478759e-05"),
                "numba": failed("run", "TypingError: Failed in nopython mode pipeline\nline two of the message"),
            },
        },
        {
            "kernel": "moving_average",
            "tools": {
                "cpython": ok(0.25),
                "pyrs": ok(0.001, 250.0),
                "pythran": failed("build", PYTHRAN_ERR),
                "numba": failed("worker", "worker exited with code -9 (timeout 600 s?): "),
            },
        },
    ]
    return {"results": rows, "tools": ["cpython", "pyrs", "pythran", "numba"], "quick": False}


@pytest.fixture(scope="module")
def report():
    return run.markdown(result())


def table_rows(report, heading):
    part = report.split(heading, 1)[1].split("###", 1)[0]
    return {line.split(" | ")[0].strip("| "): [c.strip(" |") for c in line.split(" | ")[1:]]
            for line in part.splitlines() if line.startswith("| ") and not line.startswith("| kernel")}


def test_times_table_names_the_failure_and_its_note(report):
    rows = table_rows(report, "### Seconds per call")
    assert rows["logexp"] == ["1.5 (1.65)", "0.01 (0.011)", "compile error [1]", "0.04 (0.044)"]
    assert rows["polynomial"][2:] == ["disagrees [2]", "raises [3]"]
    # the same first line of the same stage shares its note; an unknown stage is `failed`
    assert rows["moving_average"][2:] == ["compile error [1]", "failed [4]"]


def test_speedup_table_uses_the_same_notes(report):
    rows = table_rows(report, "### Speed-up over CPython")
    assert rows["logexp"] == ["150×", "compile error [1]", "37.5×", "Numba", "0.25"]
    assert rows["polynomial"][:3] == ["3.0×", "disagrees [2]", "raises [3]"]


def test_notes_give_the_first_line_of_each_reason(report):
    notes = report.split("### Why a tool has no time\n", 1)[1].strip().splitlines()
    assert notes == [
        "1. logexp / Pythran; moving_average / Pythran: build: pythran exited 1: "
        "/tmp/….cpp:99:84: error: use of ‘res’ before deduction of ‘auto’",
        "2. polynomial / Pythran: check: result[49]: -2.2050002205009633e-05, expected -2.205000220478759e-05",
        "3. polynomial / Numba: run: TypingError: Failed in nopython mode pipeline",
        "4. moving_average / Numba: worker: worker exited with code -9 (timeout 600 s?):",
    ]


def test_no_notes_without_failures():
    r = result()
    r["results"] = r["results"][:1]
    r["results"][0]["tools"]["pythran"] = ok(0.02, 75.0)
    report = run.markdown(r)
    assert "[1]" not in report and "Why a tool has no time" not in report


def test_long_reasons_are_cut():
    line = run.first_line("x" * 1000)
    assert len(line) == 240 and line.endswith("…")
