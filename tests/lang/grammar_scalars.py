"""Export grammar: scalar types and their aliases."""

# export scalars(bool, int, float, complex, str)
def scalars(b, i, x, z, s):
    return b, i, x, z, s

#case: scalars(True, 3, 2.5, 1j, "s")
#case: scalars(False, -1, -0.0, complex(1, -1), "")
#typeerror: scalars(1, 3, 2.5, 1j, "s")
#typeerror: scalars(True, 3, 2.5, 1j, 5)

# export aliases(int64, float64, complex128)
def aliases(i, x, z):
    return i + 1, x * 2, z.conjugate()

#case: aliases(1, 1.5, 2+3j)

# export takes_none(int, None)
def takes_none(n, nothing):
    if nothing is None:
        return n
    return -n

#case: takes_none(4, None)
#typeerror: takes_none(4, 5)

# export returns_none(int)
def returns_none(n):
    x = n + 1

#case: returns_none(3)
