"""divmod, pow, floor division and modulo with negative operands."""

# export ops(int, int)
def ops(a, b):
    return divmod(a, b), a // b, a % b, pow(a, 2), abs(a) ** 3

#case: ops(7, 2)
#case: ops(-7, 2)
#case: ops(7, -2)
#case: ops(-7, -2)
#case: ops(1, 0)

# export fops(float, float)
def fops(a, b):
    return divmod(a, b), a // b, a % b, pow(a, b)

#case: fops(7.5, 2.0)
#case: fops(-7.5, 2.0)
#case: fops(7.5, -2.0)
#case: fops(1.0, 0.0)
