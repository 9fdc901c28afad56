"""f-strings with simple format specs."""

# export report(str, int, float)
def report(name, n, x):
    return f"{name}: n={n}, x={x}, x2={x:.2f}, n5={n:5d}, e={x:.3e}, g={x:g}, pct={x:.1%}"

#case: report("run", 3, 3.14159)
#case: report("", -42, -0.000123)
#case: report("big", 1234567, 1234567.891)
#case: report("z", 0, 0.0)
#case: report("inf", 1, float("inf"))

# export padded(str, int)
def padded(s, n):
    return f"[{s:>8}][{s:<8}][{s:^8}][{n:08d}][{n:+d}][{n:,}][{n:x}][{n:#o}]"

#case: padded("ab", 255)
#case: padded("toolongstring", -1234567)

# export conversions(str, float, bool)
def conversions(s, x, b):
    return f"{s!r} {s!s} {x!r} {b} {b!r} {x}"

#case: conversions("q'uote", 1e100, True)
#case: conversions("", -2.5, False)

# export bad_spec(int)
def bad_spec(n):
    return f"{n:.2d}"

#case: bad_spec(3)
