"""for over range (all forms, negative and empty), while, nested loops."""

# export sum_range(int)
# export sum_range2(int, int)
# export sum_range3(int, int, int)
# export rebind_loop_var(int)
# export countdown(int)
# export collatz(int)
# export nested_pairs(int)
# export triangle(int)
# export float_accumulate(int)
# export big_range(int)


def sum_range(n):
    s = 0
    for i in range(n):
        s += i
    return s


#case: sum_range(10)
#case: sum_range(0)
#case: sum_range(-5)
#case: sum_range(100000)


def sum_range2(a, b):
    s = 0
    for i in range(a, b):
        s += i * i
    return s


#case: sum_range2(3, 8)
#case: sum_range2(8, 3)
#case: sum_range2(-4, 4)
#case: sum_range2(5, 5)


def sum_range3(a, b, step):
    s = 0
    k = 0
    for i in range(a, b, step):
        s += i * (k + 1)
        k += 1
    return s, k


#case: sum_range3(0, 10, 3)
#case: sum_range3(10, 0, -3)
#case: sum_range3(10, -1, -1)
#case: sum_range3(0, 10, -1)
#case: sum_range3(10, 0, 1)
#case: sum_range3(-10, 10, 7)
#case: sum_range3(5, 5, -2)
#deviates: sum_range3(2**62, 2**62 + 10, 4) -> OverflowError
#deviates: sum_range3(-2**62, -2**62 - 10, -4) -> OverflowError


def rebind_loop_var(n):
    # Assigning the loop variable does not change the iteration.
    s = 0
    for i in range(n):
        i += 10
        s += i
    return s


#case: rebind_loop_var(5)
#case: rebind_loop_var(0)


def countdown(n):
    out = 0
    while n > 0:
        out = out * 10 + n % 10
        n -= 1
    return out


#case: countdown(5)
#case: countdown(0)
#case: countdown(-3)


def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


#case: collatz(1)
#case: collatz(27)
#case: collatz(837799)


def nested_pairs(n):
    count = 0
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j, n, 2):
                count += i + j * k
    return count


#case: nested_pairs(0)
#case: nested_pairs(1)
#case: nested_pairs(7)


def triangle(n):
    total = 0
    i = 0
    while i < n:
        j = i
        while j >= 0:
            total += j
            j -= 1
        i += 1
    return total


#case: triangle(0)
#case: triangle(6)


def float_accumulate(n):
    x = 0.0
    for i in range(n):
        x += 0.1
    return x, x == n * 0.1


#case: float_accumulate(10)
#case: float_accumulate(0)


def big_range(n):
    # range whose bounds are near 2**62.
    c = 0
    for i in range(2**62 - n, 2**62):
        c += i - 2**62
    return c


#case: big_range(5)
