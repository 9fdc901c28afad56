"""`and`/`or` give the deciding operand itself: with `or` a true operand (or the last), with
`and` a false one (or the last). The type of the result counts only the values that can
decide — `n <= 1 and 1 or f(n)` is always an int (a true `n <= 1 and 1` is the 1), `0 or x`
is x — so old-style conditional expressions compile with CPython's result types."""


# export old_ternary(int)
def old_ternary(n):
    return n <= 1 and 1 or n * 2

#case: old_ternary(0)
#case: old_ternary(1)
#case: old_ternary(5)
#case: old_ternary(-3)


# export memo_fib(int)
def memo_fib(m):
    cache = {}
    def fib(n):
        cache[n] = cache.get(n, 0) or (n <= 1 and 1 or fib(n - 1) + fib(n - 2))
        return cache[n]
    return fib(m), len(cache)

#case: memo_fib(0)
#case: memo_fib(1)
#case: memo_fib(20)


# export zero_or(float)
def zero_or(x):
    return 0 or x, '' or 'empty', None or x, False or x

#case: zero_or(2.5)
#case: zero_or(0.0)


# export pick(int, float)
def pick(k, x):
    a = k > 2 and x or -1.5
    b = k and 2.5 or x
    c = (k or 0) and x
    return a, b, c

#case: pick(3, 0.5)
#case: pick(3, 0.0)
#case: pick(0, 4.0)
#case: pick(1, 4.0)


# export nested(int, int)
def nested(a, b):
    return (a and b) or (b and a) or 7, a or b or 0, a and b and 3

#case: nested(0, 0)
#case: nested(0, 5)
#case: nested(2, 0)
#case: nested(2, 5)


# export side_effects(int list)
def side_effects(xs):
    def push(v):
        xs.append(v)
        return v
    r = push(0) or push(3) or push(4)
    s = push(1) and push(0) and push(9)
    return r, s

#case: side_effects([])


# export strings(str, str)
def strings(a, b):
    return a or b, a and b, (a and 'yes') or 'no'

#case: strings('', 'x')
#case: strings('a', '')
#case: strings('a', 'b')
