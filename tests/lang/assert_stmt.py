"""`assert` with and without a message."""

# export safe_div(float, float)
def safe_div(a, b):
    assert b != 0.0, "division by zero requested"
    return a / b

#case: safe_div(1.0, 4.0)
#case: safe_div(1.0, 0.0)

# export mean(float list)
def mean(xs):
    assert len(xs) > 0
    s = 0.0
    for x in xs:
        s += x
    return s / len(xs)

#case: mean([1.0, 2.0, 4.5])
#case: mean([])

# export in_range(int, int, int)
def in_range(x, lo, hi):
    assert lo <= x < hi, f"{x} not in [{lo}, {hi})"
    return x - lo

#case: in_range(5, 0, 10)
#case: in_range(10, 0, 10)
#case: in_range(-1, 0, 10)
