"""itertools.zip_longest (fillvalue=, None by default), permutations without `r` and
combinations/permutations with an `r` known when the code runs (tuples of any length)."""
import itertools
from itertools import zip_longest, permutations, combinations

# export longest(int list, int list)
def longest(xs, ys):
    return list(zip_longest(xs, ys, fillvalue=-1))

#case: longest([1, 2, 3], [4])
#case: longest([], [5, 6])
#case: longest([], [])
#case: longest([7], [8])

# export longest_none(float list, str)
def longest_none(xs, s):
    out = []
    for x, c in itertools.zip_longest(xs, s):
        out.append((x is None, c is None))
    return out, list(zip_longest(xs, s))

#case: longest_none([1.5, 2.5], "abcd")
#case: longest_none([1.5, 2.5, 3.5], "")
#case: longest_none([], "")

# export longest3(int list, int list, int)
def longest3(a, b, n):
    total = 0
    for x, y, z in zip_longest(a, b, range(n), fillvalue=0):
        total += x * 100 + y * 10 + z
    return total, len(list(zip_longest(fillvalue=3))), list(zip_longest(a))

#case: longest3([1, 2], [3], 4)
#case: longest3([], [], 0)

# export longest_gen(int)
def longest_gen(n):
    return list(zip_longest((i * i for i in range(n)), "xy", fillvalue=None))

#case: longest_gen(4)
#case: longest_gen(0)

# export longest_str(str list, str list)
def longest_str(a, b):
    return [x + y for x, y in zip_longest(a, b, fillvalue="")]

#case: longest_str(["a", "b", "c"], ["x"])

# export perms(int list)
def perms(xs):
    return list(permutations(xs)), [sum(p) for p in itertools.permutations(xs)]

#case: perms([1, 2, 3])
#case: perms([])
#case: perms([5])
#case: perms([1, 1])

# export perms_str(str)
def perms_str(s):
    return ["".join(p) for p in permutations(s)]

#case: perms_str("abc")
#case: perms_str("")

# export choose(int list, int)
def choose(xs, k):
    return list(combinations(xs, k)), list(permutations(xs, k)), len(list(itertools.combinations_with_replacement(xs, k)))

#case: choose([1, 2, 3, 4], 2)
#case: choose([1, 2, 3], 0)
#case: choose([1, 2], 5)
#case: choose([], 1)
#case: choose([1, 2], -1)
