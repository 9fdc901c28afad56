"""itertools: product, combinations (with replacement), permutations, chain, count, repeat,
cycle, islice, accumulate, in CPython's orders."""
import itertools
import itertools as it
from itertools import combinations, count, islice, product


# export combos(int list, str)
def combos(xs, s):
    return (
        list(product(xs, s)),
        list(combinations(xs, 2)),
        list(it.combinations_with_replacement(s, 2)),
        list(itertools.permutations(xs, 2)),
        [a + b + c for a, b, c in itertools.permutations(s, 3)],
        len(list(combinations(xs, 0))),
        list(combinations(xs, 5)),
    )

#case: combos([1, 2, 3], "ab")
#case: combos([], "xyz")
#case: combos([4, 5, 6, 7], "a")


# export streams(int, float list)
def streams(n, fs):
    firsts = []
    for k in count(10, 5):
        if k > 10 + 5 * n:
            break
        firsts.append(k)
    half = []
    for x in count(0.5):
        if x > n:
            break
        half.append(x)
    cyc = []
    for i, v in enumerate(itertools.cycle(fs)):
        if i >= 2 * n:
            break
        cyc.append(v)
    return (
        firsts,
        half,
        cyc,
        list(islice(count(), 3, 3 + n)),
        list(islice(fs, n)),
        list(islice(fs, 1, None, 2)),
        list(itertools.repeat(1.5, n)),
        list(itertools.chain(range(n), [7], range(2))),
        list(itertools.chain(fs, [7.5])),
        list(itertools.accumulate(fs)),
        list(itertools.accumulate(range(n))),
        next(itertools.repeat("z")),
    )

#case: streams(3, [1.0, 2.5, -1.0])
#case: streams(0, [1.0])


# export bad_r(int list, int)
def bad_r(xs, r):
    return list(islice(xs, r))

#case: bad_r([1, 2, 3], 2)
#case: bad_r([1, 2, 3], -1)
