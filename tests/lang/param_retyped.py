"""A parameter assigned values of another type (`def f(n): n = n / 2`, `n = float(n)`, a list
parameter rebound to a tuple): the body works on a local copy, each value keeping its own type
as in CPython (an int stays an int until the division makes it a float)."""


# export halve(int, int)
def halve(n, i):
    while n % i == 0 and n > 1:
        n = n / i
    return n

#case: halve(12, 2)
#case: halve(7, 2)
#case: halve(1, 3)
#case: halve(81, 3)


# export as_float(int)
def as_float(n):
    n = float(n)
    return n, n / 3


#case: as_float(4)
#case: as_float(-7)


# export largest_factor(int)
def largest_factor(n):
    i = 2
    while i * i <= n:
        while n % i == 0:
            n = n / i
        i = i + 1
    return n

#case: largest_factor(13195)
#case: largest_factor(17)
#case: largest_factor(1)


# export rebind(float, bool)
def rebind(x, flag):
    if flag:
        x = 3
    return x, x / 2, x * 2

#case: rebind(2.5, True)
#case: rebind(2.5, False)
