"""Keyword arguments at call sites inside the file (positional and keyword mixed)."""

def box(width, height, depth=1.0):
    return width * height * depth

def describe(name, value, unit="m", short=True):
    return f"{name}={value:.2f}{unit}" if short else f"{name}={value}{unit}"

# export labels(float)
def labels(v):
    return describe("x", v), describe("y", v, "s"), describe(value=v, name="z", short=False)

#case: labels(1.23456)

# export volumes(float)
def volumes(s):
    return box(s, s), box(height=2.0, width=s), box(s, depth=0.5, height=3.0)

#case: volumes(2.0)
