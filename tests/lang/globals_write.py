"""Module variables: module-level names that functions assign after `global NAME`. Compiled code
and Python share one value (the calls below run in order on both modules, so each case sees the
state the earlier ones left); a function reading the name without `global` sees the current
value too."""

calls = 0
total = 0.0
path = "root"
state = (0, 1)
scale = 2.5
flag = False
LIMIT = 100
TWICE = LIMIT * 2


# export bump(int)
def bump(n):
    global calls
    calls += n
    return calls

#case: bump(1)
#case: bump(5)
#case: bump(-2)


# export peek()
def peek():
    # no `global`: the current value is read
    return calls, calls < LIMIT, TWICE

#case: peek()


def _add_twice(x):
    global total
    total = total + x
    _double()


def _double():
    global total
    total *= 2.0


# export accumulate(float[])
def accumulate(xs):
    for x in xs:
        _add_twice(float(x))
    return total

#case: accumulate(np.array([0.5, 1.0, -0.25]))
#case: accumulate(np.array([]))
#case: accumulate(np.array([1e300, 1e300]))


# export extend_path(str)
def extend_path(s):
    global path
    path = path + "/" + s
    return path, len(path)

#case: extend_path("a")
#case: extend_path("bé")


# export fib_step(int)
def fib_step(n):
    """a pair of numbers kept between calls, unpacked and assigned back"""
    global state
    for _ in range(n):
        a, b = state
        state = (b, a + b)
    return state

#case: fib_step(3)
#case: fib_step(10)


# export unpack_into(int)
def unpack_into(n):
    global calls, scale
    calls, scale = n, n / 4
    return calls, scale

#case: unpack_into(8)
#case: peek()


# export loop_variable(int)
def loop_variable(n):
    global calls
    for calls in range(n):
        if calls == 7:
            break
    return calls

#case: loop_variable(3)
#case: loop_variable(20)
#case: peek()


# export chained(int)
def chained(n):
    global calls, flag
    calls = k = n * 3
    flag = not flag
    return calls, k, flag

#case: chained(2)
#case: chained(4)


# export nested(int)
def nested(n):
    def inner(k):
        global calls
        calls = calls + k

    inner(n)
    inner(n)
    return calls

#case: nested(5)


# export raise_after_update(int)
def raise_after_update(n):
    global calls
    calls += 1
    if n < 0:
        raise ValueError("negative")
    calls += n
    return calls

#case: raise_after_update(-1)
#case: peek()
#case: raise_after_update(10)


# export shadowed(int)
def shadowed(n):
    # a local of the same name: the module variable is untouched
    calls = n + 1000
    return calls

#case: shadowed(1)
#case: peek()


# export overflow(int)
# (last: CPython is not run for a deviation, so the two states part here)
def overflow(n):
    global calls
    calls = n
    calls *= n
    return calls

#deviates: overflow(2**40) -> OverflowError
