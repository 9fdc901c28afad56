"""`for ... else` and `while ... else`: the else block runs when the loop did not break."""

# export find(int list, int)
def find(xs, v):
    for i, x in enumerate(xs):
        if x == v:
            pos = i
            break
    else:
        pos = -1
    return pos

#case: find([3, 1, 4], 4)
#case: find([3, 1, 4], 9)
#case: find([], 0)

# export is_prime(int)
def is_prime(n):
    if n < 2:
        return False
    k = 2
    while k * k <= n:
        if n % k == 0:
            break
        k += 1
    else:
        return True
    return False

#case: is_prime(97)
#case: is_prime(91)
#case: is_prime(1)

# export nested(int)
def nested(n):
    found = 0
    for i in range(n):
        for j in range(n):
            if j > i:
                break
        else:
            found += 100
        if i == 3:
            break
    else:
        found += 1
    return found

#case: nested(2)
#case: nested(6)
