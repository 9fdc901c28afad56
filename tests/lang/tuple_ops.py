"""Tuples: concatenation, comparison, `in`, indexing with a variable, tuples in lists."""

# export tup(int, int)
def tup(a, b):
    t = (a, b) + (a + b,)
    return t, t[1], t[-1], len(t), (a, b) < (b, a), a in t, t == (a, b, a + b)

#case: tup(1, 2)
#case: tup(3, 3)

# export pick(int)
def pick(i):
    t = (10, 20, 30)
    return t[i]

#case: pick(1)
#case: pick(-1)
#case: pick(3)

# export pairs_sorted((int, int) list)
def pairs_sorted(ps):
    return sorted(ps), max(ps), min(ps)

#case: pairs_sorted([(2, 1), (1, 5), (2, 0)])
