"""Sizes that cannot be allocated raise CPython's MemoryError / OverflowError, never abort:
`[0] * n`, `s * n`, `list(range(n))`."""

# export list_rep(int)
# export list_rep2(int)
# export str_rep(str, int)
# export list_range(int)
# export sum_range(int)


def list_rep(n):
    return len([0] * n)


#case: list_rep(3)
#case: list_rep(-1)
#case: list_rep(2**62)
#case: list_rep(2**40)
#case: list_rep(2**63 - 1)


def list_rep2(n):
    xs = [1, 2]
    return len(xs * n)


#case: list_rep2(2)
#case: list_rep2(2**62)
#case: list_rep2(2**63 - 1)


def str_rep(s, n):
    return len(s * n)


#case: str_rep("ab", 3)
#case: str_rep("ab", 2**62)
#case: str_rep("ab", 2**40)
#case: str_rep("a", 2**63 - 1)
#case: str_rep("é", 2**62)
#case: str_rep("", 2**62)
#case: str_rep("ab", -5)


def list_range(n):
    return len(list(range(n)))


#case: list_range(5)
#case: list_range(2**62)
#case: list_range(2**63 - 1)


def sum_range(n):
    return sum(range(n))


#case: sum_range(10)
