"""Deep and unbounded recursion raises RecursionError (CPython's) instead of crashing the
interpreter: recursive functions check the remaining stack (runtime/src/support/stack.rs)."""

# export down(int)
# export fib_bad(int)
# export even(int)
# export catch_deep(int)


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


#case: down(10)
#case: down(-1)
#case: down(10**8)
#deviates: down(5000) -> 5000


def fib_bad(n):
    # no base case for negative n: the first branch goes down forever
    if n == 0 or n == 1:
        return n
    return fib_bad(n - 1) + fib_bad(n - 2)


#case: fib_bad(15)
#case: fib_bad(-1)


def even(n):
    if n == 0:
        return True
    return odd(n - 1)


def odd(n):
    if n == 0:
        return False
    return even(n - 1)


#case: even(10)
#case: even(-3)


def catch_deep(n):
    try:
        return down(n)
    except RecursionError:
        return -1


#case: catch_deep(10**7)
#case: catch_deep(5)
