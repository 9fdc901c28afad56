"""An empty list passed to a helper before the caller fills it (`xs = []; hits(n, xs);
xs.append(n)`): the helper runs on the list's final item type."""


def same(a, b):
    return a == b


def hitsany(x, xs):
    for i in range(len(xs)):
        if same(x, xs[i]):
            return True
    return False


def hits(x, xs):
    for i in range(len(xs)):
        if xs[i] == x:
            return True
    return False


# export solve(int)
def solve(n):
    xs = []
    if not hitsany(n, xs):
        xs.append(n)
    if not hits(n + 1, xs):
        xs.append(n + 1)
    if not hits(n, xs):
        xs.append(-1)
    return xs

#case: solve(3)
#case: solve(0)
