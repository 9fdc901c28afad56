"""Generator expressions are generators, as in CPython: one kept in a variable is consumed
once (a second `sum` sees nothing), `next` draws one item at a time, `any`/`all` stop at the
item that decides (a later item that would raise is never computed, an endless input ends),
`for` over one computes items as the loop asks. Consumed whole where they stand (`sum`,
`list`, `sorted`, `min`, `max`, ...) they run as list comprehensions (same values, same order)."""

import itertools


# export twice(int)
def twice(n):
    g = (i * i for i in range(n))
    a = sum(g)
    b = sum(g)
    return a, b

#case: twice(5)
#case: twice(0)


# export draws(int list)
def draws(xs):
    it = (10 // x for x in xs)
    return next(it), next(it, -1)

#case: draws([1, 2, 0])
#case: draws([1])
#case: draws([])


# export stops_early(int list)
def stops_early(xs):
    return any(10 / x > 2 for x in xs), all(10 / x > 2 for x in xs)

#case: stops_early([1, 0])
#case: stops_early([10, 0])
#case: stops_early([1, 2, 0])
#case: stops_early([])


# export endless()
def endless():
    return any(x > 3 for x in itertools.count()), all(x < 7 for x in itertools.count(2))

#case: endless()


# export nested_any(int list list)
def nested_any(rows):
    return any(x < 0 for r in rows for x in r if x != 5), all(x for r in rows for x in r)

#case: nested_any([[1, 2], [5, -1]])
#case: nested_any([[1, 2], [3, 0]])
#case: nested_any([])


# export loop_over(int list)
def loop_over(xs):
    for v in (10 // x for x in xs):
        if v > 3:
            return v
    return -1

#case: loop_over([1, 0])
#case: loop_over([100, 50, 0])


# export zipped(int)
def zipped(k):
    g = (i * j for i in range(k) for j in range(i) if (i + j) % 2)
    head = list(zip(g, range(3)))
    return head, sum(g), list(g)

#case: zipped(6)
#case: zipped(1)


# export stepped(int, int, int)
def stepped(a, b, c):
    g = (i for i in range(a, b, c))
    return list(g)

#case: stepped(10, 0, -3)
#case: stepped(0, 10, 0)


# export reads_later(float list, float)
def reads_later(xs, scale):
    g = (x * scale for x in xs if x > 0)
    first = next(g, 0.0)
    return first, sorted(g)

#case: reads_later([1.0, -2.0, 3.5, 0.25], 2.0)
#case: reads_later([], 2.0)


# export counted(int)
def counted(n):
    c = 0
    for i in range(n):
        if any(j * j == i for j in range(i + 1)):
            c += 1
    return c

#case: counted(50)
