"""Dicts with tuple keys, list values, dict comprehensions over items."""

# export group_by_len(str list)
def group_by_len(words):
    groups = {}
    for w in words:
        if len(w) not in groups:
            groups[len(w)] = []
        groups[len(w)].append(w)
    return groups

#case: group_by_len(["a", "bb", "cc", "d", "eee"])
#case: group_by_len([])

# export grid_counts(int list, int list)
def grid_counts(xs, ys):
    counts = {}
    for x, y in zip(xs, ys):
        counts[(x, y)] = counts.get((x, y), 0) + 1
    return sorted(counts.items()), (0, 0) in counts

#case: grid_counts([0, 1, 0, 0], [0, 1, 0, 2])

# export squares_by_name(str:int dict)
def squares_by_name(d):
    return {k.upper(): v * v for k, v in d.items() if v > 0}

#case: squares_by_name({"a": 2, "b": -1, "c": 3})

# export merge(str:float dict, str:float dict)
def merge(a, b):
    c = a.copy()
    c.update(b)
    return c, a == c, len(c)

#case: merge({"x": 1.0}, {"y": 2.0, "x": 3.0})
#case: merge({}, {})


# export group_setdefault(int)
def group_setdefault(n):
    res = {}
    for i in range(n):
        res.setdefault(i % 3, []).append(i)
    return res

#case: group_setdefault(7)
#case: group_setdefault(0)


# export group_words(str)
def group_words(s):
    by_len = {}
    for w in s.split():
        by_len.setdefault(len(w), []).append(w)
    return sorted(by_len.items())

#case: group_words("a bb cc d eee")
