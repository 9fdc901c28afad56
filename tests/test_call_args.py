"""Calls from Python with keyword arguments, and to a function with more parameters than the
call wrapper keeps inline (runtime/src/py/args.rs): the compiled module accepts and rejects
the same calls as the .py, with the same results and exception types."""

from pathlib import Path

import pytest

from conftest import modules_for
from test_views import both

KERNEL = Path(__file__).parent / "kernels" / "overloads.py"


@pytest.fixture(scope="module")
def mods(built_kernels):
    return modules_for(built_kernels, KERNEL)


@pytest.mark.parametrize(
    "call",
    [
        "m.absdiff(b=2, a=10)",
        "m.absdiff(2.5, b=1.0)",
        "m.absdiff(1, c=2)",
        "m.absdiff(1, a=2)",
        "m.absdiff(1)",
        "m.many(1, 2, 3, 4, 5, 6, 7, 8, j=0.5, i=9)",
        "m.many(j=1.0, i=2.0, h=3.0, g=4.0, f=5.0, e=6.0, d=7.0, c=8.0, b=9.0, a=10.0)",
        "m.many(1, 2, 3, 4, 5, 6, 7, 8, 9)",
        "m.many(1, 2, 3, 4, 5, 6, 7, 8, 9, 1.0, a=3)",
        "m.many(1, 2, 3, 4, 5, 6, 7, 8, 9, 1.0, 11)",
    ],
)
def test_call(mods, call):
    both(mods, lambda m: (eval(call, {"m": m}),))
