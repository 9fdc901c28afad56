"""Run-length encoding and decoding of strings."""

# export encode(str)
def encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)

#case: encode("aaabccdddd")
#case: encode("")
#case: encode("x")

# export decode(str)
def decode(s):
    out = ""
    num = 0
    for c in s:
        if c.isdigit():
            num = num * 10 + int(c)
        else:
            out += c * num
            num = 0
    return out

#case: decode("3a1b2c4d")
#case: decode("12z")
