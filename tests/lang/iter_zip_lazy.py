"""`iter(x)`: an iterator object over a list, a tuple, a string or an array, consumed as it
goes by `next` (with a default), `for`, `zip` (`zip(it, it)` pairs items), `list`,
comprehensions. `zip` with a generator takes items one round at a time and stops at the first
exhausted input, as CPython (`zip(itertools.count(), xs)` ends; an exception inside a
generator comes out of the consumer)."""

import itertools


# export first_then_rest(int list)
def first_then_rest(xs):
    it = iter(xs)
    first = next(it, -1)
    total = 0
    for x in it:
        total += x
    return first, total

#case: first_then_rest([1, 2, 3])
#case: first_then_rest([])


# export pairs(float list)
def pairs(xs):
    it = iter(xs)
    return list(zip(it, it))

#case: pairs([1.0, 2.0, 3.0, 4.0, 5.0])


# export header(str)
def header(s):
    lines = iter(s.splitlines())
    head = next(lines)
    return head, [l.upper() for l in lines]

#case: header("a\nb\nc")
#case: header("")


# export numbered(int list)
def numbered(xs):
    return list(zip(itertools.count(), xs))
#case: numbered([5, 6])
#case: numbered([])



def gen(n):
    for i in range(n):
        if i == 3:
            raise ValueError("three")
        yield i * 10


# export zgen(int)
def zgen(n):
    g = gen(n)
    out = [a + b for a, b in zip(g, range(2))]
    return out, next(g, -1), sum(x for x, y in zip(gen(n), "ab"))

#case: zgen(2)
#case: zgen(5)


# export zraise(int)
def zraise(n):
    return list(zip(range(10), gen(n)))

#case: zraise(2)
#case: zraise(6)
