"""Tuples whose length is known only when the code runs (`tuple(lst)`): set items and dict keys,
indexed, sliced, iterated, compared, concatenated, printed and returned to Python as tuples
(Pythran's count_perm_sig keeps the signatures of permutations in a set)."""
import random as rd


def signature(perm):
    i = perm.index(0)
    sig_1 = perm[i:] + perm[:i]
    sig_2 = sig_1[0:1] + sig_1[1:][::-1]
    if sig_1[1] < sig_2[1]:
        sig = sig_1
    else:
        sig = sig_2
    return tuple(sig)


# export count_perm_sig(int, int, int)
def count_perm_sig(n, s, k):
    rd.seed(s)
    myset = set()
    count = 0
    permutation = [i for i in range(k)]
    for i in range(n):
        rd.shuffle(permutation)
        sig = signature(permutation)
        if sig not in myset:
            myset.add(sig)
            count += 1
    return myset, count

#case: count_perm_sig(1000, 3, 3)
#case: count_perm_sig(200, 1, 5)


# export reads(int list)
def reads(xs):
    t = tuple(xs)
    u = tuple(sorted(xs))
    firsts = t[0] if len(t) > 0 else -1
    total = 0
    for v in t:
        total += v
    pairs = (t + u)[1:-1]
    return (t, u, firsts, total, pairs, t == u), (t < u, 3 in t, len(t), str(t), t[::-1], list(t), t + (7, 8))


# export keys(str list)
def keys(words):
    groups = {}
    for w in words:
        k = tuple(sorted(w))
        if k in groups:
            groups[k].append(w)
        else:
            groups[k] = [w]
    out = []
    for k in sorted(groups):
        out.append((k, groups[k]))
    return out


# export errors(int list, int)
def errors(xs, i):
    t = tuple(x * 2 for x in xs if x > 0)
    return t[i]

#case: reads([3, 1, 2])
#case: reads([])
#case: reads([5])
#case: keys(['tea', 'eat', 'ate', 'tan', 'nat', 'bat'])
#case: keys([])
#case: errors([1, -2, 3], 1)
#case: errors([1, -2, 3], 2)
#case: errors([], -1)


# export against_fixed(int list)
def against_fixed(xs):
    t = tuple(xs)
    return t == (3, 1, 2), (3, 1) != t, t < (3, 2), (0,) <= t, t in [(1, 2), (3, 1, 2)]

#case: against_fixed([3, 1, 2])
#case: against_fixed([])
#case: against_fixed([3, 1])


# export tuple_count_index(int)
def tuple_count_index(n):
    t = (1, 2, n, 2, 2.0)
    v = tuple(range(n))
    return t.count(2), t.index(n), t.count(7), v.count(1), v.index(n - 1)

#case: tuple_count_index(3)
#case: tuple_count_index(1)


# export tuple_index_missing(int)
def tuple_index_missing(n):
    t = (1, 2, 3)
    return t.index(n)

#case: tuple_index_missing(2)
#case: tuple_index_missing(9)
