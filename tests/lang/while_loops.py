"""`while` loops: gcd, Collatz, digit sums, Newton iteration."""

# export gcd(int, int)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

#case: gcd(48, 18)
#case: gcd(0, 5)
#case: gcd(-12, 8)

# export collatz(int)
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

#case: collatz(27)
#case: collatz(1)

# export digit_sum(int)
def digit_sum(n):
    s = 0
    n = abs(n)
    while n > 0:
        s += n % 10
        n //= 10
    return s

#case: digit_sum(9876543210)
#case: digit_sum(-45)

# export newton_sqrt(float)
def newton_sqrt(x):
    g = x if x > 1 else 1.0
    for _ in range(100):
        ng = 0.5 * (g + x / g)
        if abs(ng - g) < 1e-15 * g:
            break
        g = ng
    return g

#case: newton_sqrt(2.0)
#case: newton_sqrt(1e-6)
