"""Default argument values and keyword arguments at call sites inside the file."""

def scaled(x, factor=2.0, offset=0.0):
    return x * factor + offset

def label(n, prefix="item", sep="-"):
    return prefix + sep + str(n)

# export use_defaults(float)
def use_defaults(x):
    return scaled(x), scaled(x, 3.0), scaled(x, offset=1.0), scaled(offset=0.5, x=x, factor=0.5)

#case: use_defaults(2.0)

# export labels(int)
def labels(n):
    return [label(i) for i in range(n)] + [label(n, sep=":"), label(n, "x")]

#case: labels(2)

def count_to(n, step=1):
    return len(range(0, n, step)), sum(1 for _ in range(0, n, step))

# export counts(int)
def counts(n):
    return count_to(n), count_to(n, 3), count_to(step=2, n=n)

#case: counts(10)
#case: counts(-3)
#case: counts(0)
