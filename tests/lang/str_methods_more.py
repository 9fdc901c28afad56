"""str padding and case methods: zfill, center, ljust, rjust (with a fill character),
capitalize, title, swapcase, isupper/islower/isalnum, removeprefix/removesuffix,
partition/rpartition, as CPython computes them."""


# export pads(str, int)
def pads(s, w):
    return (s.zfill(w), s.center(w), s.center(w, "*"), s.ljust(w, "."), s.rjust(w), "[" + s.rjust(w, "é") + "]")

#case: pads("42", 5)
#case: pads("-42", 6)
#case: pads("+7", 1)
#case: pads("abc", 8)
#case: pads("abcd", 7)
#case: pads("", 3)
#case: pads("héllo", -2)


# export bad_fill(str)
def bad_fill(s):
    return s.center(10, "ab")

#case: bad_fill("x")


# export cases(str)
def cases(s):
    return (s.capitalize(), s.title(), s.swapcase(), s.isupper(), s.islower(), s.isalnum(),
            s.removeprefix("ab"), s.removesuffix("yz"))

#case: cases("hello world")
#case: cases("HELLO 3rd-time's")
#case: cases("abXYZ")
#case: cases("")
#case: cases("ßtraße ÉCOLE")
#case: cases("abc123")
#case: cases("ǆemal ﬁsh ᾳbc")


# export parts(str, str)
def parts(s, sep):
    return s.partition(sep), s.rpartition(sep)

#case: parts("a=b=c", "=")
#case: parts("abc", "=")
#case: parts("abc", "")
