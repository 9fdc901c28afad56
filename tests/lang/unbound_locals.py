"""Locals read where they may not be bound: CPython raises UnboundLocalError (a variable set on one
branch only, a `for` variable after a loop that ran zero times, a name assigned only in an `except`
handler); compiled code keeps a flag for such a variable and tests it before those reads."""

# export h(int)
def h(n):
    if n > 0:
        y = 5
    return y

#case: h(1)
#case: h(0)


# export after_loop(int)
def after_loop(n):
    for i in range(n):
        pass
    return i


# export in_while(int)
def in_while(n):
    k = 0
    while k < n:
        last = k * 2
        k += 1
    total = 0
    for j in range(3):
        total += j
    return last + total


# export handler_only(int)
def handler_only(n):
    try:
        r = 10 // n
        ok = True
    except ZeroDivisionError:
        for i2 in range(3):
            pass
        ok = False
    return i2, ok

#case: after_loop(3)
#case: after_loop(0)
#case: in_while(2)
#case: in_while(0)
#case: handler_only(0)
#case: handler_only(5)


# export handler_loop(int)
def handler_loop(n):
    try:
        x = 10 // n
    except ZeroDivisionError:
        for i2 in range(3):
            pass
        y = 5
    return i2 + y


# export handler_else(int)
def handler_else(n):
    msg = ''
    try:
        r = 10 // n
    except ZeroDivisionError as e:
        fallback = -1
        msg = str(e)
    else:
        fallback = r
    return fallback, msg

#case: handler_loop(0)
#case: handler_loop(1)
#case: handler_else(0)
#case: handler_else(5)
