"""Sieve of Eratosthenes on a list of bools."""

# export primes(int)
def primes(n):
    is_p = [True] * (n + 1)
    is_p[0] = False
    if n >= 1:
        is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [k for k in range(n + 1) if is_p[k]]

#case: primes(50)
#case: primes(1)
#case: primes(0)
