"""Strings: literals, len, indexing, slicing, concatenation, comparisons, `in`."""

# export str_len(str)
def str_len(s):
    return len(s)

#case: str_len("")
#case: str_len("hello")
#case: str_len("héllo wörld")

# export str_index(str, int)
def str_index(s, i):
    return s[i]

#case: str_index("hello", 0)
#case: str_index("hello", -1)
#case: str_index("héllo", 1)
#case: str_index("hello", 5)
#case: str_index("", 0)

# export str_slice(str, int, int)
def str_slice(s, a, b):
    return s[a:b], s[::-1], s[a:], s[:b], s[::2]

#case: str_slice("abcdef", 1, 4)
#case: str_slice("abcdef", -3, -1)
#case: str_slice("abc", 5, 10)
#case: str_slice("", 0, 1)
#case: str_slice("αβγδ", 1, 3)

# export str_concat(str, str, int)
def str_concat(a, b, n):
    c = a + "-" + b
    return c * n, n * b

#case: str_concat("ab", "cd", 3)
#case: str_concat("", "", 0)
#case: str_concat("x", "y", -1)

# export str_compare(str, str)
def str_compare(a, b):
    return a == b, a != b, a < b, a <= b, a > b, a >= b, a in b, a not in b

#case: str_compare("abc", "abd")
#case: str_compare("b", "abc")
#case: str_compare("", "x")
#case: str_compare("same", "same")
#case: str_compare("Z", "a")

# export count_char(str, str)
def count_char(s, c):
    n = 0
    for ch in s:
        if ch == c:
            n += 1
    return n

#case: count_char("banana", "a")
#case: count_char("", "a")
#case: count_char("ééé", "é")
