"""Dicts keep insertion order, also after deletions and re-insertions."""

# export order()
def order():
    d = {"b": 1, "a": 2}
    d["c"] = 3
    del d["b"]
    d["b"] = 4
    d["a"] = 5
    return list(d.keys()), list(d.values()), list(d.items())

#case: order()

# export from_pairs((str, int) list)
def from_pairs(ps):
    d = dict(ps)
    return d, len(d)

#case: from_pairs([("x", 1), ("y", 2), ("x", 3)])

# export zipped(str list, float list)
def zipped(keys, vals):
    return dict(zip(keys, vals))

#case: zipped(["a", "b"], [1.0, 2.0])
