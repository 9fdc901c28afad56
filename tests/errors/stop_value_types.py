# error-at: 20:16
# `e.value` needs the one type that the generators it can come from return


def _ints(n):
    yield n
    return n


def _strs(s):
    yield s
    return s + "!"


# export f(int)
def f(n):
    try:
        raise StopIteration
    except StopIteration as e:
        return e.value, list(_ints(n)), list(_strs("a"))
