"""Export grammar: lists, nested lists, tuples, dicts and sets as arguments and results."""

# export nested_total(int list list)
def nested_total(rows):
    t = 0
    for r in rows:
        for x in r:
            t += x
    return t

#case: nested_total([[1, 2], [], [3]])
#case: nested_total([])
#typeerror: nested_total([1, 2])

# export pair_list((int, float) list)
def pair_list(ps):
    s = 0.0
    for i, x in ps:
        s += i * x
    return s, len(ps)

#case: pair_list([(1, 0.5), (2, 0.25)])
#case: pair_list([])

# export swap_pair((int, str))
def swap_pair(p):
    a, b = p
    return b, a

#case: swap_pair((1, "x"))

# export invert(str:int dict)
def invert(d):
    out = {}
    for k, v in d.items():
        out[v] = k
    return out

#case: invert({"a": 1, "b": 2})
#case: invert({})
#typeerror: invert({1: 1})

# export set_size(str set)
def set_size(s):
    return len(s), "a" in s

#case: set_size({"a", "b"})
#case: set_size(set())

# export str_list(str list)
def str_list(xs):
    return [x.upper() for x in xs]

#case: str_list(["ab", "c"])
#case: str_list([])
