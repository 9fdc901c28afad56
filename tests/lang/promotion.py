"""Type inference with numeric promotion: a variable's type is the join of what it holds."""

# export grows(int)
def grows(n):
    x = 0
    for i in range(n):
        x = x + i
    x = x / 2
    return x

#case: grows(5)
#case: grows(0)

# export mixed(bool, int)
def mixed(b, n):
    y = b
    y = y + n
    z = 1
    if n > 3:
        z = 2.5
    return y, z

#case: mixed(True, 2)
#case: mixed(False, 7)

# export to_complex(float)
def to_complex(x):
    z = x
    z = z * 1j
    return z

#case: to_complex(2.0)
