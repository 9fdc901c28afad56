"""Float formatting digit for digit: str(), repr and the g/e/f presentation types."""

# export show(float)
def show(x):
    return str(x), f"{x:g}", f"{x:.3g}", f"{x:e}", f"{x:.0e}", f"{x:f}", f"{x:.1f}", f"{x:10.4}", f"{x:+.2e}", f"{x:#g}"

#case: show(0.1)
#case: show(1e22)
#case: show(1.5e-7)
#case: show(-123.456)
#case: show(100000.0)
#case: show(1000000.0)
#case: show(9.999999e-5)
#case: show(0.5)
#case: show(2.5)
#case: show(float("nan"))
#case: show(float("-inf"))
#case: show(-0.0)
#case: show(5e-324)
#case: show(1.7976931348623157e308)

# export reprs(float list)
def reprs(xs):
    return [str(x) for x in xs]

#case: reprs([1/3, 2/3, 0.1 + 0.2, 1e15, 1e16, 123456789012345678.0, 1e-4, 1e-5])
