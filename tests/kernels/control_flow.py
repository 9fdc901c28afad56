"""if/elif/else, break/continue in nested loops, early returns, None results."""

# export classify(int)
# export first_divisor(int)
# export count_skipping(int, int)
# export nested_break(int)
# export find_pair(int, int)
# export is_prime(int)
# export primes_below(int)
# export nothing(int)
# export while_break(float)


def classify(n):
    if n < 0:
        return -1
    elif n == 0:
        return 0
    elif n < 10:
        return 1
    elif n < 100:
        return 2
    else:
        return 3


#case: classify(-5)
#case: classify(0)
#case: classify(9)
#case: classify(10)
#case: classify(2**62)


def first_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            return d
    return n


#case: first_divisor(91)
#case: first_divisor(97)
#case: first_divisor(2)
#case: first_divisor(-4)


def count_skipping(n, skip):
    total = 0
    for i in range(n):
        if i % skip == 0:
            continue
        total += i
    return total


#case: count_skipping(20, 3)
#case: count_skipping(20, 1)
#case: count_skipping(5, 0)
#case: count_skipping(0, 0)


def nested_break(n):
    # break and continue act on the innermost loop only.
    hits = 0
    for i in range(n):
        for j in range(n):
            if j > i:
                break
            if (i + j) % 3 == 0:
                continue
            hits += 1
        if i == 7:
            break
    return hits


#case: nested_break(0)
#case: nested_break(5)
#case: nested_break(20)


def find_pair(n, target):
    # return from inside two loops.
    for i in range(n):
        for j in range(i, n):
            if i * j == target:
                return i, j
    return -1, -1


#case: find_pair(10, 12)
#case: find_pair(10, 97)
#case: find_pair(0, 0)


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


#case: is_prime(1)
#case: is_prime(2)
#case: is_prime(7919)
#case: is_prime(7917)
#case: is_prime(1000000007)


def primes_below(n):
    count = 0
    for k in range(n):
        if is_prime(k):
            count += 1
    return count


#case: primes_below(100)
#case: primes_below(2)


def nothing(n):
    # Falls off the end: returns None.
    if n > 0:
        n -= 1


#case: nothing(3)
#case: nothing(-3)


def while_break(x):
    steps = 0
    while True:
        if x < 1.0:
            break
        x = x / 2.0
        steps += 1
    return steps, x


#case: while_break(100.0)
#case: while_break(0.5)
#case: while_break(1e308)
