"""Exceptions raised in helpers propagate through calls; assertions in helpers too."""

def check_positive(x):
    assert x > 0, "must be positive"
    return x

def safe_log_sum(xs):
    s = 0.0
    for x in xs:
        s += check_positive(x)
    return s

# export total(float list)
def total(xs):
    return safe_log_sum(xs)

#case: total([1.0, 2.0])
#case: total([1.0, -2.0])
#case: total([])

def validate(n):
    if n < 0:
        raise ValueError("negative")
    if n > 100:
        raise OverflowError("too big")
    return n

# export guarded(int)
def guarded(n):
    try:
        return validate(n) * 2
    except ValueError:
        return 0

#case: guarded(5)
#case: guarded(-5)
#case: guarded(500)
