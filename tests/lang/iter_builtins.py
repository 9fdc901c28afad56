"""enumerate, zip, reversed, sorted in loops and comprehensions."""
import numpy as np

# export weighted(float list, float list)
def weighted(xs, ws):
    s = 0.0
    for x, w in zip(xs, ws):
        s += x * w
    return s

#case: weighted([1.0, 2.0, 3.0], [0.5, 0.25])
#case: weighted([], [1.0])

# export positions(str, str)
def positions(s, c):
    return [i for i, ch in enumerate(s) if ch == c], [(i, ch) for i, ch in enumerate(s, 1)]

#case: positions("banana", "a")
#case: positions("", "a")

# export backwards(int list)
def backwards(xs):
    out = []
    for x in reversed(xs):
        out.append(x)
    return out, [i for i in reversed(range(4))], list(reversed("abc"))

#case: backwards([1, 2, 3])

# export by_key(str list)
def by_key(words):
    return sorted(words, key=len), sorted(words, reverse=True), sorted(words, key=lambda w: w[-1], reverse=True)

#case: by_key(["ccc", "a", "bb", "dd"])
#case: by_key([])

# export zip3(int list, int list, int list)
def zip3(a, b, c):
    return [x + y * z for x, y, z in zip(a, b, c)]

#case: zip3([1, 2], [3, 4], [5, 6, 7])

# export enum_array(float[])
def enum_array(a):
    best = -1
    for i, v in enumerate(a):
        if v > 1.0:
            best = i
    return best

#case: enum_array(np.array([0.5, 2.0, 3.0, 0.1]))
