"""`return value` in a generator: the value of `r = yield from g`, the text of the
StopIteration that `next(g)` (or `g.send(v)`) raises when it runs into the `return`, bare
`return` and falling off the end (None), a StopIteration caught in compiled code."""


def _sub(n):
    for i in range(n):
        yield i
    return n * 10


def _outer(n):
    r = yield from _sub(n)
    yield r + 1


# export outer_list(int)
def outer_list(n):
    return list(_outer(n))
#case: outer_list(3)
#case: outer_list(0)
#case: outer_list(-2)


def _maybe(n):
    if n < 0:
        return
    yield n
    if n > 5:
        return n * 1.5


def _chain(n):
    r = yield from _maybe(n)
    if r is None:
        yield -1.0
    else:
        yield r


# export maybe(int)
def maybe(n):
    return list(_chain(n))
#case: maybe(-3)
#case: maybe(2)
#case: maybe(8)


def _text(s):
    yield len(s)
    return s + "!"


def _relay(s):
    a = yield from _text(s)
    b = yield from _text(a)
    yield len(a + b)


# export relay(str)
def relay(s):
    return [x for x in _relay(s)]
#case: relay("ab")
#case: relay("")


# export stop_text(int)
def stop_text(n):
    g = _sub(n)
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration as e:
            return out, str(e)
#case: stop_text(2)
#case: stop_text(0)


# export stop_twice(int)
def stop_twice(n):
    g = _sub(n)
    texts = []
    for k in range(n + 2):
        try:
            next(g)
        except StopIteration as e:
            texts.append(str(e))
    return texts
#case: stop_twice(1)


# export stop_after_for(int)
def stop_after_for(n):
    g = _sub(n)
    total = 0
    for v in g:
        total += v
    try:
        next(g)
    except StopIteration as e:
        return total, str(e)
    return total, "?"
#case: stop_after_for(4)


# export stop_raised(int)
def stop_raised(n):
    g = _sub(n)
    for k in range(n + 1):
        next(g)
    return 0
#case: stop_raised(2)


def _none_ret(n):
    yield n
    return None


# export none_ret(int)
def none_ret(n):
    g = _none_ret(n)
    first = next(g)
    try:
        next(g)
    except StopIteration as e:
        return first, str(e)
    return first, "?"
#case: none_ret(3)


def _tuple_ret(a, b):
    yield a
    return a, b


def _outer_tuple(a, b):
    x, y = yield from _tuple_ret(a, b)
    yield x + y


# export outer_tuple(int, int)
def outer_tuple(a, b):
    return list(_outer_tuple(a, b))
#case: outer_tuple(2, 3)


# export send_stop(int)
def send_stop(n):
    g = _acc_until(n)
    next(g)
    k = 0
    while True:
        try:
            g.send(k)
        except StopIteration as e:
            return k, str(e)
        k += 1
#case: send_stop(5)
#case: send_stop(0)


def _acc_until(limit):
    total = 0
    while total < limit:
        x = yield total
        if x is not None:
            total += x
    return total


# export from_list(int)
def from_list(n):
    return list(_from_list(n))
#case: from_list(3)


def _from_list(n):
    r = yield from [i * i for i in range(n)]
    yield r is None


# export stop_value(int)
def stop_value(n):
    g = _sub(n)
    items = []
    while True:
        try:
            items.append(next(g))
        except StopIteration as e:
            return items, e.value
#case: stop_value(3)
#case: stop_value(0)


# export stop_value_again(int)
def stop_value_again(n):
    g = _sub(n)
    values = []
    for k in range(n + 3):
        try:
            next(g)
        except StopIteration as e:
            values.append(e.value)
    return values
#case: stop_value_again(1)
#case: stop_value_again(0)


# export stop_value_send(int)
def stop_value_send(limit):
    g = _acc_until(limit)
    next(g)
    while True:
        try:
            g.send(3)
        except StopIteration as e:
            return e.value
#case: stop_value_send(10)
#case: stop_value_send(0)

