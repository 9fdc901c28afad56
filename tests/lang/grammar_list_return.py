"""Results go back as the natural Python object: list, tuple, dict, set, str, None."""

# export everything(int)
def everything(n):
    return [n], (n, "n"), {n: [n]}, {n}, str(n), None

#case: everything(3)

# export nothing(int)
def nothing(n):
    if n > 0:
        return None
    return None

#case: nothing(1)
