"""`max`/`min` with `key=` (a lambda, a function of the file, a builtin) and `default=`, over
any iterable or several values: the first item whose key is largest (smallest), each key
computed once, as CPython; an empty iterable without a default raises ValueError."""


def _dist(p):
    return abs(p[0]) + abs(p[1])


# export argmax(float list)
def argmax(xs):
    return max(range(len(xs)), key=lambda i: xs[i])

#case: argmax([1.0, 5.0, 3.0, 5.0])
#case: argmax([-2.5])
#case: argmax([])


# export argmin_default(float list)
def argmin_default(xs):
    return min(range(len(xs)), key=lambda i: xs[i], default=-1)

#case: argmin_default([4.0, -1.0, -1.0, 2.0])
#case: argmin_default([])


# export farthest(int list, int list)
def farthest(xs, ys):
    pts = list(zip(xs, ys))
    return max(pts, key=_dist), min(pts, key=_dist)

#case: farthest([1, -3, 2], [0, 1, -2])
#case: farthest([], [])


# export longest(str)
def longest(s):
    words = s.split()
    return max(words, key=len, default=None), min(words, key=len, default="")

#case: longest("a bb ccc dd eee")
#case: longest("")


# export closest_to(float, float, float)
def closest_to(target, a, b):
    return min(a, b, key=lambda v: abs(v - target)), max(a, b, 0.5, key=abs)

#case: closest_to(1.0, 0.25, 1.5)
#case: closest_to(0.0, -2.0, 2.0)


# export by_count(str)
def by_count(s):
    counts = {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1
    best = max(counts, key=lambda c: (counts[c], c), default="?")
    return best, counts[best] if best in counts else 0

#case: by_count("abracadabra")
#case: by_count("")


# export nan_keys(float list)
def nan_keys(xs):
    return max(xs, key=lambda x: x * 2.0), min(xs, key=lambda x: -x)

#case: nan_keys([1.0, float("nan"), 3.0])
#case: nan_keys([float("nan"), 1.0])


# export key_raises(int list)
def key_raises(xs):
    return max(xs, key=lambda x: 10 // x)

#case: key_raises([1, 2, 5])
#case: key_raises([3, 0, 1])
