"""`nonlocal`: a nested function assigns variables of the function around it (counters,
the best value so far, recursion with a call count). Compiled: the nested function returns the
values after its result and each call (a statement of its own, or `x = f(...)`) assigns them
back, so the enclosing function sees every assignment when the call returns, as in CPython."""


# export counter(int list)
def counter(xs):
    count = 0
    def bump(v):
        nonlocal count
        count += v
    for x in xs:
        bump(x)
    return count

# export fib_calls(int)
def fib_calls(n):
    calls = 0
    total = 0.0
    def fib(k):
        nonlocal calls
        calls += 1
        if k < 2:
            return k
        x = fib(k - 1)
        y = fib(k - 2)
        return x + y
    r = fib(n)
    return r, calls

# export best_so_far(int list)
def best_so_far(xs):
    best = -1
    seen = 0
    def visit(v):
        nonlocal best, seen
        seen += 1
        if v > best:
            best = v
            return True
        return False
    ups = 0
    for x in xs:
        up = visit(x)
        if up:
            ups += 1
    return best, seen, ups
#case: counter([1, 2, 3])
#case: counter([])
#case: fib_calls(10)
#case: fib_calls(0)
#case: best_so_far([3, 1, 4, 1, 5])
#case: best_so_far([])

