"""Sets of tuples and strings, set comprehensions, membership in loops."""

# export visited(int)
def visited(n):
    seen = set()
    x, y = 0, 0
    for i in range(n):
        seen.add((x, y))
        if i % 2 == 0:
            x += 1
        else:
            y -= 1
    return len(seen), (1, 0) in seen, (5, 5) in seen

#case: visited(6)
#case: visited(0)

# export letters(str, str)
def letters(a, b):
    sa = set(a)
    sb = {c for c in b}
    return sorted(sa - sb), sorted(sa & sb), sorted(sa | sb), sorted(sa ^ sb)

#case: letters("hello", "world")

# export disjoint(int set, int set)
def disjoint(a, b):
    return a.isdisjoint(b), a.issuperset(b), a.union(b) == b.union(a)

#case: disjoint({1, 2}, {3})
#case: disjoint({1, 2, 3}, {3})
