"""Loops versioned for their int checks (issue 17): a `range` loop whose end is a parameter runs a
copy without the overflow check of `k * k` when one test before the loop proves the loop variable
within 3037000499, and the checked loop otherwise, with OverflowError where it was."""

# export squares(int)
def squares(n):
    s = 0
    for k in range(1, n + 1):
        s += k * k
    return s

#case: squares(0)
#case: squares(1)
#case: squares(1000)
#case: squares(-5)

# export squares_from(int, int)
def squares_from(n, m):
    out = []
    for k in range(3037000497, n + m):
        out.append(k * k)
    return out

#case: squares_from(3037000499, 1)
#case: squares_from(3037000499, 0)
#deviates: squares_from(3037000500, 1) -> OverflowError
#deviates: squares_from(3037000499, 2) -> OverflowError

# export cubes(int)
def cubes(n):
    t = 0
    for k in range(-3, n):
        t += k * k * k - 2 * k
    return t

#case: cubes(100)
#case: cubes(-10)
#deviates: cubes(3000000) -> OverflowError

# export nested(int, int)
def nested(n, m):
    acc = 0
    for i in range(n):
        for j in range(1, m + 1):
            acc += i * j
    return acc

#case: nested(30, 40)
#case: nested(0, 5)
