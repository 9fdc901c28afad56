"""The package's own tests: they pass against the compiled module and against the .py.
MYPKG_EXPECT=compiled|pure checks which one was installed."""
import math
import os

import numpy as np

import mypkg


def test_which_module():
    expect = os.environ.get("MYPKG_EXPECT")
    if expect:
        assert mypkg.COMPILED == (expect == "compiled"), mypkg.kernels.__file__


def test_trapz():
    exact = 0.5 - math.sin(2.0) / 4 + 0.5
    assert abs(mypkg.trapz(0.0, 1.0, 2000) - exact) < 1e-6


def test_norm2():
    assert mypkg.norm2(np.array([3.0, 4.0])) == 5.0


def test_pairwise_sum_writes_in_place():
    out = np.zeros(3)
    r = mypkg.pairwise_sum(np.arange(3.0), np.ones(3), out)
    assert r is out
    assert out.tolist() == [1.0, 2.0, 3.0]
