"""ord, chr and character arithmetic."""

# export codes(str)
def codes(s):
    return [ord(c) for c in s]

#case: codes("Az0 é")
#case: codes("")

# export from_codes(int list)
def from_codes(cs):
    return "".join([chr(c) for c in cs])

#case: from_codes([72, 105, 8364])
#case: from_codes([-1])
#case: from_codes([1114112])

# export ord_bad(str)
def ord_bad(s):
    return ord(s)

#case: ord_bad("ab")
#case: ord_bad("")
