"""Pythran's own comment prefix is accepted; so are `#pythran export` variables."""

SCALE = 2.5
NAME = "pyrs"

#pythran export scaled(float)
#pythran export SCALE
def scaled(x):
    return x * SCALE

#case: scaled(2.0)

#pythran export label(int)
def label(n):
    return f"{NAME}-{n}"

#case: label(3)
