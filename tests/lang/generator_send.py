"""`g.send(v)` into a generator of the file: the value of its `x = yield v` (None when `next(g)`
resumes it), the next item or StopIteration, CPython's TypeError for a value that would start
a generator, sends mixed with `next()` and `for`, `x = yield` (bare), str/float/tuple sends."""


def _acc(start):
    total = start
    while True:
        x = yield total
        if x is None:
            total = -total
        else:
            total += x


# export running(int list)
def running(xs):
    g = _acc(0)
    out = [next(g)]
    for x in xs:
        out.append(g.send(x))
    return out
#case: running([1, 2, 3])
#case: running([])
#case: running([-5, 5, 0])


# export mixed(int)
def mixed(n):
    g = _acc(1)
    out = [g.send(None)]
    for i in range(n):
        if i % 2:
            out.append(g.send(i))
        else:
            out.append(next(g))
    return out
#case: mixed(0)
#case: mixed(5)


# export early(int)
def early(v):
    g = _acc(0)
    return g.send(v)
#case: early(3)
#case: early(0)


# export early_text(int)
def early_text(v):
    g = _acc(0)
    try:
        g.send(v)
    except TypeError as e:
        return str(e)
    return "sent"
#case: early_text(7)


# export early_none(int)
def early_none(v):
    g = _acc(v)
    return g.send(None), g.send(v)
#case: early_none(4)
#case: early_none(-2)


def _two():
    a = yield 1
    b = yield a * 2
    if b is not None:
        yield b + a


# export two(int, int)
def two(a, b):
    g = _two()
    r = [next(g), g.send(a), g.send(b)]
    g.send(b)
    return r
#case: two(3, 4)
#case: two(0, -1)


# export two_none(int)
def two_none(a):
    g = _two()
    first = next(g)
    second = g.send(a)
    # None goes in: the `if` ends the body, so StopIteration
    try:
        g.send(None)
    except StopIteration:
        return first, second, "stopped"
    return first, second, "went on"
#case: two_none(5)


# export exhausted(int)
def exhausted(a):
    g = _two()
    next(g)
    g.send(a)
    g.send(a)
    n = 0
    for k in range(3):
        try:
            g.send(a + k)
        except StopIteration:
            n += 1
    return n
#case: exhausted(2)


# export then_loop(int, int)
def then_loop(a, b):
    g = _two()
    first = next(g)
    rest = [v for v in g]
    return first, rest, a + b
#case: then_loop(1, 2)


def _avg():
    total = 0.0
    count = 0
    avg = 0.0
    while True:
        term = yield avg
        total += term
        count += 1
        avg = total / count


# export averages(float list)
def averages(xs):
    g = _avg()
    next(g)
    return [g.send(x) for x in xs]
#case: averages([10.0, 20.0, 30.0])
#case: averages([])
#case: averages([nan, 1.0])
#case: averages([-1.5, inf])


# export avg_next(float)
def avg_next(x):
    g = _avg()
    next(g)
    g.send(x)
    return next(g)
#case: avg_next(2.0)


# export avg_next_text(float)
def avg_next_text(x):
    g = _avg()
    next(g)
    g.send(x)
    try:
        next(g)
    except TypeError as e:
        return str(e)
    return ""
#case: avg_next_text(2.0)


def _collector(out):
    while True:
        item = yield
        if item is None:
            return
        out.append(str(item))


# export collect(str list)
def collect(words):
    out = []
    g = _collector(out)
    next(g)
    for w in words:
        g.send(w)
    try:
        g.send(None)
    except StopIteration:
        out.append("<end>")
    return out
#case: collect(["a", "bb", ""])
#case: collect([])


# export collect_into(str list, str list)
def collect_into(words, out):
    g = _collector(out)
    g.send(None)
    for w in words:
        g.send(w.upper())
    return len(out)
#case: collect_into(["x", "y"], ["start"])


def _pairs():
    acc = (0, 0.0)
    while True:
        p = yield acc
        if p is not None:
            acc = (acc[0] + p[0], acc[1] + p[1])


# export pairs(int)
def pairs(n):
    g = _pairs()
    next(g)
    last = (0, 0.0)
    for i in range(n):
        last = g.send((i, i / 2))
    return last
#case: pairs(0)
#case: pairs(4)


def _echo_twice():
    while True:
        x = yield "ready"
        if x is None:
            return
        yield x * 2


# export echo(str list)
def echo(words):
    g = _echo_twice()
    out = []
    next(g)
    for w in words:
        out.append(g.send(w))
        out.append(next(g))
    return out
#case: echo(["ab", "c"])
#case: echo([])


def _raises_inside():
    x = yield 0
    yield 10 // x


# export raises_inside(int)
def raises_inside(d):
    g = _raises_inside()
    next(g)
    return g.send(d)
#case: raises_inside(5)
#case: raises_inside(0)


# export raises_then_stop(int)
def raises_then_stop(d):
    g = _raises_inside()
    next(g)
    try:
        g.send(d)
    except ZeroDivisionError:
        pass
    try:
        g.send(1)
    except StopIteration:
        return "stopped"
    return "went on"
#case: raises_then_stop(0)


def _inner():
    x = yield 0
    y = yield x * 10
    return x + y


def _outer():
    r = yield from _inner()
    z = yield r
    yield from _inner()
    yield z


# export delegated(int, int, int)
def delegated(a, b, c):
    g = _outer()
    out = [next(g), g.send(a), g.send(b), g.send(c)]
    out.append(g.send(a))
    out.append(g.send(b))
    out.append(next(g))
    try:
        next(g)
    except StopIteration:
        out.append(-1)
    return out
#case: delegated(1, 2, 3)
#case: delegated(0, -4, 7)


# export delegated_none(int)
def delegated_none(a):
    g = _outer()
    next(g)
    first = next(g)
    return first, g.send(a)
#case: delegated_none(5)


def _inner_sum(n):
    total = 0
    for i in range(n):
        x = yield total
        if x is not None:
            total += x
    return total


def _outer_held(n):
    sub = _inner_sum(n)
    r = yield from sub
    yield r


# export delegated_held(int list)
def delegated_held(xs):
    g = _outer_held(len(xs))
    out = [next(g)]
    for x in xs:
        out.append(g.send(x))
    return out
#case: delegated_held([1, 2, 3])
#case: delegated_held([])


# export genexpr_send(int)
def genexpr_send(n):
    g = (i * 2 for i in range(n))
    a = next(g)
    # a generator expression takes a sent value and goes on as `next` does
    return a, g.send(5), list(g)
#case: genexpr_send(4)
#case: genexpr_send(2)
#case: genexpr_send(1)


# export mixed_numbers(int, float)
def mixed_numbers(a, b):
    # ints and floats sent into one generator: each keeps its type, as in CPython
    g = _acc(0)
    next(g)
    first = g.send(a)
    second = g.send(b)
    third = g.send(True)
    return first, second, third
#case: mixed_numbers(2, 0.5)
#case: mixed_numbers(-3, nan)
