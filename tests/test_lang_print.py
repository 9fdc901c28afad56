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
