"""The same list or dict passed for two parameters stays one object, as in CPython: changes
through one name are seen through the other, and written back once."""

# export alias_append(int list, int list)
# export alias_set(float list, float list, int)
# export alias_dict(str:int dict, str:int dict)


def alias_append(a, b):
    a.append(1)
    b.append(len(a))
    return len(a) + len(b)


#case: alias_append(*([[5, 6]] * 2))
#case: alias_append([5, 6], [5, 6])
#case: alias_append(*([[]] * 2))


def alias_set(a, b, i):
    a[i] = 2.5
    return b[i] + a[0]


#case: alias_set(*([[1.0, 2.0]] * 2), 1)
#case: alias_set([1.0, 2.0], [1.0, 2.0], 1)


def alias_dict(d, e):
    d["x"] = 1
    return len(e)


#case: alias_dict(*([{"a": 0}] * 2))
#case: alias_dict({"a": 0}, {"a": 0})
