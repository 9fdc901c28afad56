"""Mutual recursion between functions of the file, and recursion returning tuples."""

def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

# export parity(int)
def parity(n):
    return is_even(n), is_odd(n)

#case: parity(10)
#case: parity(7)

# export fib_pair(int)
def fib_pair(n):
    if n == 0:
        return 0, 1
    a, b = fib_pair(n - 1)
    return b, a + b

#case: fib_pair(0)
#case: fib_pair(50)

# export ackermann(int, int)
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

#case: ackermann(2, 3)
#case: ackermann(0, 0)
