"""itertools: groupby (with and without key), starmap, product(..., repeat=k), filterfalse,
takewhile, dropwhile, compress, pairwise, accumulate(func, initial=), and the keywords CPython
takes (combinations(r=), count(start=, step=), groupby(key=))."""
import itertools
import itertools as it
from itertools import accumulate, groupby, product, starmap


# export runs(int list)
# export runs(float list)
# export runs(str list)
def runs(xs):
    return [(k, list(g)) for k, g in groupby(xs)]

#case: runs([1, 1, 2, 3, 3, 3, 1])
#case: runs([5])
#case: runs([0.5, 0.5, -0.0, 0.0, 2.5])
#case: runs(["a", "a", "b", "", ""])


# export runs_empty(int)
def runs_empty(n):
    xs = list(range(n))
    return [(k, len(list(g))) for k, g in groupby(xs)]

#case: runs_empty(0)
#case: runs_empty(3)


def parity(v):
    return v % 2


# export keyed_runs(int list)
def keyed_runs(xs):
    out = []
    for k, g in groupby(xs, parity):
        out.append((k, sum(g)))
    sizes = [(k, len(list(g))) for k, g in it.groupby(xs, key=lambda v: v // 10)]
    words = [k for k, _ in groupby(sorted(xs), key=lambda v: v > 5)]
    return out, sizes, words

#case: keyed_runs([1, 3, 5, 2, 4, 7, 11, 13, 20])
#case: keyed_runs([])
#case: keyed_runs([-3, -1, 10, 12, 21])


# export text_runs(str)
def text_runs(s):
    # run-length encoding
    return "".join(str(len(list(g))) + k for k, g in groupby(s)), [next(g) for _, g in groupby(s, lambda c: c.lower())]

#case: text_runs("aaabccddddA")
#case: text_runs("")


# export starred(int list, int list)
def starred(xs, ys):
    pairs = list(zip(xs, ys))
    return (
        list(starmap(pow, pairs)),
        list(itertools.starmap(lambda a, b: a * 10 + b, pairs)),
        sum(starmap(max, pairs)),
        [v for v in starmap(divmod, [(x, 3) for x in xs])],
    )

#case: starred([2, 3, 4], [3, 2, 0])
#case: starred([], [])
#case: starred([-7, 5], [2, 1])


# export starred_div(int list, int list)
def starred_div(xs, ys):
    return list(starmap(lambda a, b: a // b, zip(xs, ys)))

#case: starred_div([7, 8], [2, 4])
#case: starred_div([7, 8], [2, 0])


# export repeated(int list, str)
def repeated(xs, s):
    return (
        list(product(xs, repeat=2)),
        list(itertools.product(s, repeat=3)),
        list(product(xs, s, repeat=2)),
        len(list(product(xs, repeat=0))),
        len(list(product(range(3), repeat=4))),
        list(product(xs, repeat=1)),
    )

#case: repeated([1, 2], "ab")
#case: repeated([], "a")
#case: repeated([7], "")


# export gen_repeat(int)
def gen_repeat(n):
    # the iterable is read once
    return list(product((i * i for i in range(n)), repeat=2))

#case: gen_repeat(3)
#case: gen_repeat(0)


# export running(int list, float list)
def running(xs, fs):
    return (
        list(accumulate(xs, initial=100)),
        list(accumulate(xs, max)),
        list(accumulate(xs, min, initial=0)),
        list(accumulate(fs, lambda a, b: a * b)),
        list(it.accumulate(fs, initial=0.5)),
        list(accumulate(xs, initial=None)),
        list(accumulate(xs, None)),
        list(accumulate(fs, func=max)),
        list(accumulate(xs, func=lambda a, b: a - b, initial=1)),
    )

#case: running([3, 1, 4, 1, 5], [1.5, -2.0, 0.25])
#case: running([], [])
#case: running([-2], [nan, 1.0])


# export running_mixed(int list)
def running_mixed(xs):
    return list(accumulate(xs, initial=0.5)), list(accumulate(xs, lambda a, b: a / b))

#case: running_mixed([1, 2, 4])
#case: running_mixed([3])
#case: running_mixed([1, 0])


# export filters(int list)
def filters(xs):
    return (
        list(itertools.filterfalse(lambda v: v > 2, xs)),
        list(itertools.filterfalse(None, xs)),
        list(itertools.takewhile(lambda v: v < 3, xs)),
        list(itertools.dropwhile(lambda v: v < 3, xs)),
        list(itertools.compress(xs, [1, 0, 1, True, 0])),
        list(itertools.compress(xs, selectors=[v % 2 == 0 for v in xs])),
        list(itertools.pairwise(xs)),
        [a + b for a, b in itertools.pairwise(xs)],
    )

#case: filters([1, 0, 5, 2, -1, 4, 0])
#case: filters([])
#case: filters([3])
#case: filters([0, 0, 1])


# export lazy(int)
def lazy(n):
    # infinite inputs: each stops where CPython stops reading
    firsts = list(itertools.takewhile(lambda v: v * v < n, itertools.count(1)))
    after = []
    for v in itertools.dropwhile(lambda v: v < n, itertools.count(start=0, step=3)):
        if len(after) == 3:
            break
        after.append(v)
    steps = list(itertools.islice(itertools.count(step=2), 4))
    pairs = list(itertools.islice(itertools.pairwise(itertools.count(5)), 3))
    return firsts, after, steps, pairs

#case: lazy(30)
#case: lazy(0)


# export combos(int list, str)
def combos(xs, s):
    return (
        list(itertools.combinations(xs, r=2)),
        list(itertools.permutations(s, r=2)),
        list(itertools.combinations_with_replacement(iterable=s, r=2)),
    )

#case: combos([1, 2, 3], "ab")
#case: combos([], "")
