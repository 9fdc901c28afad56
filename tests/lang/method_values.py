"""Methods as values: `str.lower` & co (a builtin type's method as a function: key=, map),
and bound methods (`push = stack.append`: the receiver is the object read there, shared)."""


# export keys(str list)
def keys(words):
    return (
        sorted(words, key=str.lower),
        list(map(str.upper, words)),
        [f(w) for w in words for f in (str.strip,)],
        max(words, key=str.lower) if words else "",
        sorted(words, key=len),
    )

#case: keys(["banana", "Apple", " cherry ", "apple"])
#case: keys([])


# export stacks(int list, int)
def stacks(xs, n):
    out = [0]
    pop = xs.pop
    last = pop() if xs else -1
    remove = out.remove
    remove(0)
    for k in range(n):
        out.append(k)
    return out, last, len(xs), list(map(xs.count, range(3)))

#case: stacks([1, 2, 3], 2)
#case: stacks([], 0)
#case: stacks([5], 3)


# export lookups(str, int list)
def lookups(s, xs):
    find = s.find
    count = xs.count
    index = xs.index
    return find("a"), find("zz"), count(1), list(map(s.count, ["a", "b"])), index(xs[-1])

#case: lookups("banana", [1, 2, 1])
#case: lookups("", [0])


# export missing(int list, int)
def missing(xs, v):
    where = xs.index
    return where(v)

#case: missing([3, 4], 4)
#case: missing([3, 4], 5)


# export sets(int list, int list)
def sets(xs, ys):
    seen = set(xs)
    member = seen.issuperset
    drop = seen.discard
    drop(3)
    return sorted(seen), member(set(ys)), sorted(map(abs, seen))

#case: sets([3, -1, 3], [3])
#case: sets([], [1])
#case: sets([-1, 4], [4])
