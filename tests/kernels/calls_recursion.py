"""Calls to non-exported helpers (instantiated per argument type) and recursion."""

# export fib(int)
# export gcd(int, int)
# export ackermann(int, int)
# export parity(int)
# export poly_both(int, float)
# export power_rec(float, int)
# export integrate(float, float, int)
# export divmod_sum(int, int)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


#case: fib(0)
#case: fib(1)
#case: fib(20)
#case: fib(-3)


def gcd(a, b):
    if b == 0:
        return abs(a)
    return gcd(b, a % b)


#case: gcd(12, 18)
#case: gcd(-12, 18)
#case: gcd(17, 0)
#case: gcd(0, 0)
#case: gcd(2**62, 2**40 * 3)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


#case: ackermann(0, 0)
#case: ackermann(2, 3)
#case: ackermann(3, 3)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def parity(n):
    # mutual recursion between two helpers.
    return is_even(abs(n))


#case: parity(0)
#case: parity(7)
#case: parity(-10)


def poly(x):
    return 2*x*x + 3*x + 1


def poly_both(n, x):
    # The same helper is called with an int and with a float.
    return poly(n), poly(x), poly(poly(n))


#case: poly_both(3, 0.5)
#case: poly_both(-2, -1.5)


def power_rec(x, n):
    if n == 0:
        return 1.0
    if n % 2 == 0:
        half = power_rec(x, n // 2)
        return half * half
    return x * power_rec(x, n - 1)


#case: power_rec(2.0, 10)
#case: power_rec(1.5, 0)
#case: power_rec(-0.5, 31)


def f(x):
    return 2*x*x + 3*x + 1


def integrate(a, b, n):
    # seed 002's trapez, written with float accumulators.
    h = (b - a) / float(n)
    s = 0.0
    x = a
    for i in range(n):
        x += h
        s += f(x)
    s += 0.5 * (f(a) + f(b))
    return s * h


#case: integrate(1.0, 5.0, 1000)
#case: integrate(0.0, 0.0, 3)
#case: integrate(1.0, 5.0, 0)


def divmod_(a, b):
    return a // b, a % b


def divmod_sum(a, b):
    q, r = divmod_(a, b)
    return q * b + r == a, q, r


#case: divmod_sum(17, 5)
#case: divmod_sum(-17, 5)
#case: divmod_sum(17, -5)
#case: divmod_sum(1, 0)
