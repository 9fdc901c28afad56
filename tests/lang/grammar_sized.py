"""Export grammar: sized scalar types. Values must fit the declared type."""

# export small(int8, uint16, int32)
def small(a, b, c):
    return a + b + c

#case: small(-128, 65535, 2147483647)
#case: small(0, 0, 0)
#typeerror: small(128, 0, 0)
#typeerror: small(0, -1, 0)
#typeerror: small(0, 0, 2147483648)

# export big(uint64, intc)
def big(a, b):
    return a - b

#case: big(9223372036854775807, 1)

# export floats(float32, complex64)
def floats(x, z):
    return x * 2, z * 2

#case: floats(0.1, 1j)
