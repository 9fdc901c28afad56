"""Python scoping of loop variables: the variable outlives the loop.

Separate file: a compiler that rejects "possibly unbound" names must not take
the other loop tests down with it.
"""

# export last_index(int)
# export last_found(int[], int)


def last_index(n):
    # After a non-empty loop the variable holds the last value (n - 1, not n).
    for i in range(n):
        pass
    return i


#case: last_index(1)
#case: last_index(10)


def last_found(a, target):
    pos = -1
    for i in range(len(a)):
        if a[i] == target:
            pos = i
            break
    else_value = i
    return pos, else_value


#case: last_found(np.array([5, 3, 9, 3], dtype=np.int64), 3)
#case: last_found(np.array([5, 3, 9, 3], dtype=np.int64), 7)
