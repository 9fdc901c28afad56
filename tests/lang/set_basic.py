"""Sets: literals, add, discard, `in`, set operations, comprehensions."""

# export common_elements(int list, int list)
def common_elements(a, b):
    return sorted(set(a) & set(b))

#case: common_elements([1, 2, 3, 4], [3, 4, 5])
#case: common_elements([], [1])
#case: common_elements([1, 1, 2], [2, 2, 1])

# export set_ops(int set, int set)
def set_ops(a, b):
    return a | b, a & b, a - b, a ^ b, len(a), 3 in a, a.issubset(b)

#case: set_ops({1, 2, 3}, {2, 3, 4})
#case: set_ops(set(), {1})
#case: set_ops({5}, {5})

# export build(int)
def build(n):
    s = set()
    for i in range(n):
        s.add(i % 4)
    s.discard(2)
    s.discard(99)
    t = {i * i for i in range(n) if i % 2 == 0}
    return s, t, {"a", "b"}

#case: build(10)
#case: build(0)

# export remove_missing(int set, int)
def remove_missing(s, x):
    s.remove(x)
    return len(s)

#case: remove_missing({1, 2}, 1)
#case: remove_missing({1, 2}, 3)

# export unique_words(str)
def unique_words(text):
    return len({w.lower() for w in text.split()})

#case: unique_words("The cat the CAT dog")
