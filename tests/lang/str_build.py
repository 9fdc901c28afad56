"""Building strings in loops, join of comprehensions, repetition."""

# export ruler(int)
def ruler(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s, "-" * n, "".join([c * 2 for c in s])

#case: ruler(12)
#case: ruler(0)

# export table(int list)
def table(xs):
    lines = []
    for i, x in enumerate(xs):
        lines.append(f"{i:>3} | {x:<6} | {x * x:6d}")
    return "\n".join(lines)

#case: table([1, 22, 333])
#case: table([])

# export caesar(str, int)
def caesar(s, k):
    out = ""
    for c in s:
        if "a" <= c <= "z":
            out += chr((ord(c) - ord("a") + k) % 26 + ord("a"))
        else:
            out += c
    return out

#case: caesar("hello, world", 3)
#case: caesar("xyz", -29)
