"""Assigning to a slice of a list: a plain slice is replaced by the items (the list grows or
shrinks), an extended slice takes exactly as many items as it selects (ValueError otherwise);
the items may be a list (also the list itself), a tuple or a tuple of any length."""


# export splice(int)
def splice(n):
    a = list(range(n))
    a[1:3] = [90, 91, 92]
    b = list(range(n))
    b[2:] = []
    c = list(range(n))
    c[:0] = (7, 8)
    d = list(range(n))
    d[-2:] = d
    e = list(range(n))
    e[5:1] = [1]
    return a, b, c, d, e

#case: splice(5)
#case: splice(0)
#case: splice(2)


# export sieve(int)
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0:2] = [False, False]
    i = 2
    while i * i <= n:
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, n + 1, i))
        i += 1
    return [k for k in range(n + 1) if is_prime[k]]

#case: sieve(1)
#case: sieve(50)


# export extended(int, int)
def extended(n, k):
    a = list(range(n))
    a[::2] = [0] * k
    return a

#case: extended(6, 3)
#case: extended(6, 2)
#case: extended(5, 0)


# export reversed_fill(int)
def reversed_fill(n):
    a = [0.0] * n
    a[::-1] = tuple(float(i) for i in range(n))
    return a

#case: reversed_fill(4)
