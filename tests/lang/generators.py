"""Generators: functions with `yield` (and `yield from`), consumed lazily by `for` (with
`break`), `next()`, `enumerate`/`zip`, and completely by `list`, `sum`, `sorted`,
comprehensions; endless generators; exceptions raised inside; a generator returned to Python."""
import numpy as np


def count_up(n):
    k = 0
    while k < n:
        yield k
        k += 1


def naturals():
    k = 1
    while True:
        yield k
        k += 1


def squares(xs):
    for x in xs:
        yield x * x


def chain(a, b):
    yield from count_up(a)
    yield from [10 * v for v in range(b)]


# export consume(int)
def consume(n):
    total = 0
    for v in count_up(n):
        total += v
    first = []
    for k in naturals():
        if k > n:
            break
        first.append(k)
    g = count_up(n)
    a = next(g, -1)
    b = next(g, -1)
    rest = list(g)
    again = list(g)
    return total, first, a, b, rest, again, sum(squares([1.5, 2.0])), sorted(chain(n, 2), key=lambda v: -v)

#case: consume(4)
#case: consume(0)
#case: consume(1)


# export pairs(int)
def pairs(n):
    out = []
    for i, v in enumerate(naturals(), 1):
        if i > n:
            break
        out.append((i, v))
    z = [(a, b) for a, b in zip(count_up(n), naturals())]
    return out, z, [v * 2 for v in count_up(n) if v % 2 == 0]

#case: pairs(3)
#case: pairs(0)


def checked(xs):
    for x in xs:
        if x < 0:
            raise ValueError("negative value")
        yield 1.0 / x


# export first_inverse(float list)
def first_inverse(xs):
    for v in checked(xs):
        return v
    return -1.0

#case: first_inverse([2.0, -1.0])
#case: first_inverse([-1.0, 2.0])
#case: first_inverse([0.0])
#case: first_inverse([])


# export all_inverses(float list)
def all_inverses(xs):
    return list(checked(xs))

#case: all_inverses([2.0, 4.0])
#case: all_inverses([2.0, -1.0])


# export exhausted(int)
def exhausted(n):
    g = count_up(n)
    for v in g:
        pass
    return next(g)

#case: exhausted(2)


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


# export perms(int list)
def perms(xs):
    return list(permutations(xs))

#case: perms([1, 2, 3])
#case: perms([])


def queens(n, i, a, b, c):
    if i < n:
        for j in range(n):
            if j not in a and i + j not in b and i - j not in c:
                yield from queens(n, i + 1, a + [j], b + [i + j], c + [i - j])
    else:
        yield a


# export nqueens(int)
def nqueens(n):
    return len(list(queens(n, 0, [], [], []))), next(queens(n, 0, [], [], []), [])

#case: nqueens(6)
#case: nqueens(3)


# export lazy_numbers(int)
def lazy_numbers(n):
    return count_up(n)

#case: lazy_numbers(3)
#case: lazy_numbers(0)


# export lazy_checked(float list)
def lazy_checked(xs):
    return checked(xs)

#case: lazy_checked([1.0, 4.0])
#case: lazy_checked([1.0, -4.0])


def common_elements(a, b):
    for i in range(len(a)):
        for j in range(len(b)):
            if a[i] == b[j]:
                yield a[i]


# export common(int[], int[])
def common(a, b):
    """Seed 002's common_elements, over indices."""
    return list(common_elements(a, b))

#case: common(np.array([1, 2, 3, 4]), np.array([4, 9, 1]))
#case: common(np.array([], dtype=np.int64), np.array([4]))


# export gen_outlives(int)
def gen_outlives(n):
    a = np.arange(n)
    g = common_elements(a, a[::-1])
    a = np.zeros(3, dtype=np.int64)
    return list(g), int(a.sum())

#case: gen_outlives(5)
#case: gen_outlives(0)
