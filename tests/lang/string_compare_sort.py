"""Comparing and sorting strings by code point, as CPython."""

# export order(str list)
def order(words):
    return sorted(words), sorted(words, key=lambda w: w.lower()), min(words), max(words)

#case: order(["banana", "Apple", "cherry", "apple", "é"])

# export cmp_all(str, str)
def cmp_all(a, b):
    return [a < b, a <= b, a > b, a >= b, a == b, a != b]

#case: cmp_all("abc", "abd")
#case: cmp_all("abc", "ab")
#case: cmp_all("", "")
#case: cmp_all("Z", "a")
