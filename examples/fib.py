"""Recursive Fibonacci (the `fib` micro-benchmark of seed 002's language table)."""

# export fib(int)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

#case: fib(0)
#case: fib(1)
#case: fib(2)
#case: fib(10)
#case: fib(20)
#case: fib(-5)

#setup: n = 30
#quick-setup: n = 15
#run: fib(n)
