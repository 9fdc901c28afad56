"""Self-recursion found wherever the call is: inside a `try` block, in an `assert` (small
functions calling themselves are unrolled into a chain of inlined copies)."""

# export checked_factorial(int)
# export depth_of(int)


def checked_factorial(n):
    try:
        if n <= 1:
            return 1
        return n * checked_factorial(n - 1)
    except OverflowError:
        return -1


#case: checked_factorial(0)
#case: checked_factorial(10)
#case: checked_factorial(20)


def depth_of(n):
    if n <= 0:
        return 0
    assert depth_of(n - 1) >= 0, "negative depth"
    return n


#case: depth_of(0)
#case: depth_of(12)
