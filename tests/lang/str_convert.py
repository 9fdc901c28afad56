"""Conversions between strings and numbers: int(s), int(s, 16), float(s), str(x), hex(n)."""

# export parse_int(str)
def parse_int(s):
    return int(s)

#case: parse_int("42")
#case: parse_int("  -17  ")
#case: parse_int("1_000_000")
#case: parse_int("abc")
#case: parse_int("")
#case: parse_int("1.5")
#case: parse_int("+0")

# export parse_hex(str)
def parse_hex(s):
    return int(s, 16)

#case: parse_hex("ff")
#case: parse_hex("0xFF")
#case: parse_hex("-0x1a")
#case: parse_hex("g")
#case: parse_hex("deadbeef")

# export hex_roundtrip(int)
def hex_roundtrip(n):
    s = hex(n)
    return s, int(s, 16) == n, oct(n), bin(n)

#case: hex_roundtrip(255)
#case: hex_roundtrip(0)
#case: hex_roundtrip(-4096)
#case: hex_roundtrip(9223372036854775807)

# export to_str(int, float, bool, complex)
def to_str(i, x, b, z):
    return str(i), str(x), str(b), str(z), repr("it's")

#case: to_str(7, 0.1, True, 1+2j)
#case: to_str(-3, 1e16, False, 2j)
#case: to_str(0, 1.0, True, complex(-0.0, -1.0))
#case: to_str(10**18, 1e-5, False, complex(1.5, 0.0))
#case: to_str(1, float("inf"), True, complex(float("nan"), 1.0))
#case: to_str(1, -0.0, True, 0j)
#case: to_str(1, 123456789.123, True, 1.5j)

# export parse_float(str)
def parse_float(s):
    return float(s)

#case: parse_float("3.25")
#case: parse_float(" -1e-3 ")
#case: parse_float("inf")
#case: parse_float("-Infinity")
#case: parse_float("x1")
#case: parse_float("1_0.5")
