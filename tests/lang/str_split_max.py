"""`s.split(sep, maxsplit)` and `s.split(None, maxsplit)` as CPython splits: at most `maxsplit`
times, the rest kept whole (with whitespace: leading runs skipped, trailing kept)."""


# export halves(str)
def halves(s):
    a, b = s.split('-', 1)
    return a + b

#case: halves("ab-cd-ef")
#case: halves("-x")
#case: halves("nodash")


# export split_n(str, str, int)
def split_n(s, sep, k):
    return s.split(sep, k), s.split(sep, maxsplit=k), s.split(sep=sep)

#case: split_n("a,b,,c", ",", 2)
#case: split_n("a,b,,c", ",", 0)
#case: split_n("a,b,,c", ",", -1)
#case: split_n("a::b::c", "::", 1)
#case: split_n("abc", "", 1)


# export split_ws(str, int)
def split_ws(s, k):
    return s.split(None, k), s.split(None), s.split(maxsplit=k)

#case: split_ws("  a b\tc  ", 1)
#case: split_ws("  a b\tc  ", 0)
#case: split_ws("  a b\tc  ", 5)
#case: split_ws("   ", 1)
#case: split_ws("", -1)
