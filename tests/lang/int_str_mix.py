"""Numbers to strings and back in loops: digits, bases, padding."""

# export digits(int)
def digits(n):
    return [int(c) for c in str(abs(n))]

#case: digits(90210)
#case: digits(0)
#case: digits(-45)

# export to_base(int, int)
def to_base(n, b):
    if n == 0:
        return "0"
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    m = abs(n)
    while m > 0:
        out = chars[m % b] + out
        m //= b
    return ("-" if n < 0 else "") + out

#case: to_base(255, 16)
#case: to_base(-10, 2)
#case: to_base(0, 7)

# export roundtrip(int list, int)
def roundtrip(xs, base):
    return all(int(to_base(x, base), base) == x for x in xs)

#case: roundtrip([0, 1, -1, 12345, -99999], 36)
