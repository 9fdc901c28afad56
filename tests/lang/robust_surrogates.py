"""Lone surrogates: CPython's str holds them, pyrs's strings are UTF-8 and cannot. Documented
deviation, never a silent one: a str argument holding one is UnicodeEncodeError (pyo3's
conversion), `chr()` of one is ValueError, and a literal `'\\ud800'` is a located compile error
(tests/test_robust.py)."""

# export echo(str)
# export code_point(int)


def echo(s):
    return s + "!"


#case: echo("abc")
#case: echo("\U0001F600 \u00e9")
#deviates: echo("\ud800") -> UnicodeEncodeError
#deviates: echo("a\udfffb") -> UnicodeEncodeError


def code_point(n):
    return chr(n)


#case: code_point(0x10FFFF)
#case: code_point(0xD7FF)
#case: code_point(0xE000)
#case: code_point(0x110000)
#deviates: code_point(0xD800) -> ValueError
#deviates: code_point(0xDFFF) -> ValueError
