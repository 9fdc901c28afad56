"""One name, values of several types: each web of assignments (the assignments and the reads
they reach) is its own variable, so the value keeps the type CPython gives it."""

# export halve(int)
def halve(n):
    x = 0
    y = x + n
    x = y / 2
    return x, y

#case: halve(3)
#case: halve(-7)

# export as_float(int)
def as_float(n):
    n = float(n)
    return n * 1.5

#case: as_float(2)
#case: as_float(-3)

# export branches(int)
def branches(n):
    if n > 0:
        r = 1
        out = r + 1
    else:
        r = "neg"
        out = len(r)
    return out

#case: branches(1)
#case: branches(-1)

# export loops(int)
def loops(n):
    total = 0
    for i in range(n):
        total += i
    first = total
    total = 0.5
    for i in range(n):
        total *= 2.0
    for i in range(n):
        i = str(i)
        first += len(i)
    return first, total

#case: loops(3)
#case: loops(12)

# export params(float, int)
def params(x, k):
    k = x * k
    x = int(x)
    return x, k

#case: params(2.5, 3)
#case: params(-0.5, 0)

# export in_try(int)
def in_try(n):
    v = n
    try:
        v = 10 // n
        w = v + 1
    except ZeroDivisionError:
        w = -1
    v = str(v)
    return v, w

#case: in_try(3)
#case: in_try(0)
