"""Conditional expressions and boolean operators returning operands."""

# export sign_str(int)
def sign_str(n):
    return "pos" if n > 0 else "neg" if n < 0 else "zero"

#case: sign_str(5)
#case: sign_str(-5)
#case: sign_str(0)

# export first_nonempty(str, str)
def first_nonempty(a, b):
    return a or b, a and b, not a

#case: first_nonempty("", "b")
#case: first_nonempty("a", "b")
#case: first_nonempty("", "")

# export pick_list(int list, int list)
def pick_list(a, b):
    return a or b

#case: pick_list([], [1])
#case: pick_list([2], [1])
