"""Nested functions, lambdas and generators read the enclosing function's variables when they
run (CPython's closures). pyrs passes the values when the function value or generator is made,
which is the same wherever the variable cannot change before it runs: the cases here compile
(a variable assigned once, a lambda consumed by the call it is passed to inside a loop, a
closure returned, a generator looped over while the loop leaves its variables alone). Where a
variable may change while the closure can still run, pyrs refuses with a located error
(tests/errors/late_binding_*.py)."""


# export keyed(int list)
def keyed(xs):
    out = []
    for k in range(3):
        out.append(sorted(xs, key=lambda x: abs(x - k)))
    return out

#case: keyed([5, 1, 2, 0, 4])


# export make_and_call(float, int)
def make_and_call(scale, n):
    def shifted(x):
        return x * scale + n
    f = shifted
    return [f(i) for i in range(n)]

#case: make_and_call(0.5, 4)


# export gen_in_loop(int list, int)
def gen_in_loop(xs, k):
    total = 0
    for i in range(k):
        for v in (x * i for x in xs if x > i):
            total += v
    return total

#case: gen_in_loop([1, 2, 3, 4], 3)
#case: gen_in_loop([], 3)


# export nested_gen(int list, int)
def nested_gen(xs, k):
    def evens(it):
        for x in it:
            if x % k == 0:
                yield x
    acc = []
    for step in range(1, 3):
        acc.append([e * step for e in evens(xs)])
    return acc

#case: nested_gen([1, 2, 3, 4, 6], 2)


# export mapped(int list, int)
def mapped(xs, k):
    ys = list(map(lambda x: x + k, xs))
    k = k * 2
    return ys, k

#case: mapped([1, 2], 10)
