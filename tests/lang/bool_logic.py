"""Boolean logic and truth values of strings, lists, dicts and sets."""

# export truth(str, int list, str:int dict, int set)
def truth(s, xs, d, st):
    return bool(s), bool(xs), bool(d), bool(st), not s, not xs

#case: truth("", [], {}, set())
#case: truth("x", [1], {"a": 1}, {1})

# export count_true(bool list)
def count_true(bs):
    return sum(bs), any(bs), all(bs), len([b for b in bs if b])

#case: count_true([True, False, True])
#case: count_true([])

# export xor_all(bool list)
def xor_all(bs):
    acc = False
    for b in bs:
        acc = acc ^ b
    return acc, acc | True, acc & False

#case: xor_all([True, True, True])
