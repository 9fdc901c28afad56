"""Early `return`/`break`/`continue` in nested loops."""

# export find_pair(int list, int)
def find_pair(xs, target):
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == target:
                return i, j
    return -1, -1

#case: find_pair([1, 4, 6, 9], 10)
#case: find_pair([1, 2], 10)

# export first_dup(str)
def first_dup(s):
    seen = set()
    for c in s:
        if c in seen:
            return c
        seen.add(c)
    return ""

#case: first_dup("abcdbe")
#case: first_dup("abc")

# export skip_odds(int)
def skip_odds(n):
    total = 0
    for i in range(n):
        if i % 2 == 1:
            continue
        if i > 10:
            break
        total += i
    return total

#case: skip_odds(20)
#case: skip_odds(3)
