"""Dicts of scalars and strings: literals, item access, `in`, get, setdefault, iteration."""

# export word_counts(str)
def word_counts(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts

#case: word_counts("a b a c b a")
#case: word_counts("")

# export histogram(int list)
def histogram(xs):
    h = {}
    for x in xs:
        if x in h:
            h[x] += 1
        else:
            h[x] = 1
    keys = sorted(h.keys())
    return [h[k] for k in keys], len(h)

#case: histogram([3, 1, 3, 2, 3, 1])
#case: histogram([])

# export lookup(str:float dict, str)
def lookup(d, k):
    return d[k]

#case: lookup({"a": 1.5, "b": 2.0}, "b")
#case: lookup({"a": 1.5}, "z")
#case: lookup({}, "")

# export dict_items(int:float dict)
def dict_items(d):
    total = 0.0
    keys = []
    for k, v in d.items():
        total += k * v
        keys.append(k)
    vals = [v for v in d.values()]
    return total, keys, vals

#case: dict_items({1: 2.0, 3: 0.5, -1: 4.0})
#case: dict_items({})

# export mutate(str:int dict)
def mutate(d):
    d["new"] = 1
    d.setdefault("x", 5)
    d.pop("gone", 0)
    if "del" in d:
        del d["del"]
    return len(d)

#case: mutate({"a": 1, "del": 2, "gone": 3})
#case: mutate({})

# export literal()
def literal():
    d = {"one": 1, "two": 2, "three": 3}
    e = {k: v * v for k, v in d.items() if v != 2}
    return d, e, {i: str(i) for i in range(3)}

#case: literal()

# export pop_missing(int:int dict)
def pop_missing(d):
    return d.pop(7)

#case: pop_missing({7: 1})
#case: pop_missing({1: 1})
