"""print() in compiled code produces exactly CPython's output, on Python's sys.stdout."""
import difftest
from conftest import modules_for


def test_print_output_matches(built_kernels, capsys):
    path = difftest.LANG / "print_output.py"
    pure, comp = modules_for(built_kernels, path)
    for args in [(2, 1.5, "s"), (0, -0.0, ""), (3, 1e20, "é")]:
        pure.show(*args)
        want = capsys.readouterr().out
        comp.show(*args)
        got = capsys.readouterr().out
        assert got == want


def test_print_numpy_scalars_matches(built_kernels, capsys):
    import numpy as np

    path = difftest.LANG / "np_scalar_text.py"
    pure, comp = modules_for(built_kernels, path)
    for args in [(np.array([0.1, 2.0]), np.array([0.1], dtype=np.float32)),
                 (np.array([-0.0, np.nan]), np.array([16777216.0], dtype=np.float32))]:
        pure.show(*args)
        want = capsys.readouterr().out
        comp.show(*args)
        got = capsys.readouterr().out
        assert got == want


def test_print_arrays_matches(built_kernels, capsys):
    """print(a) of an array writes numpy's text."""
    import numpy as np

    path = difftest.LANG / "array_text.py"
    pure, comp = modules_for(built_kernels, path)
    for args in [(np.array([0.1, 2.0, 3.25]), 2), (np.linspace(0, 1, 2000), 5), (np.array([]), 0)]:
        pure.show(*args)
        want = capsys.readouterr().out
        comp.show(*args)
        got = capsys.readouterr().out
        assert got == want
