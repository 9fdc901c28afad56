"""`raise` of builtin exceptions, with messages, raised to Python with the same type."""

# export checked_sqrt(float)
def checked_sqrt(x):
    if x < 0:
        raise ValueError("negative input")
    return x ** 0.5

#case: checked_sqrt(4.0)
#case: checked_sqrt(-1.0)
#case: checked_sqrt(0.0)

# export pick(int, int)
def pick(kind, n):
    if kind == 0:
        raise IndexError(f"bad index {n}")
    elif kind == 1:
        raise KeyError(n)
    elif kind == 2:
        raise TypeError
    elif kind == 3:
        raise RuntimeError("runtime")
    elif kind == 4:
        raise NotImplementedError("todo")
    elif kind == 5:
        raise ZeroDivisionError("zero")
    elif kind == 6:
        raise OverflowError("big")
    elif kind == 7:
        raise ArithmeticError("arith")
    elif kind == 8:
        raise LookupError("lookup")
    elif kind == 9:
        raise Exception("plain")
    return n

#case: pick(0, 5)
#case: pick(1, 5)
#case: pick(2, 5)
#case: pick(3, 5)
#case: pick(4, 5)
#case: pick(5, 5)
#case: pick(6, 5)
#case: pick(7, 5)
#case: pick(8, 5)
#case: pick(9, 5)
#case: pick(10, 5)

# export first_negative(float[])
def first_negative(a):
    for i in range(len(a)):
        if a[i] < 0:
            return i
    raise ValueError("no negative element")

#case: first_negative(np.array([1.0, -2.0, 3.0]))
#case: first_negative(np.array([1.0, 2.0]))
#case: first_negative(np.zeros(0))
