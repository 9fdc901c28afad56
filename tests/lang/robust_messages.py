"""Exception texts as CPython's and numpy's (code that matches on `str(e)` sees them): the
most frequent differing texts the fuzz tester found, caught and returned."""

import numpy as np

# export bcast_msg(float[], float[])
# export bcast_msg2(float[:,:], float[])
# export int_msgs(int, int)


def bcast_msg(a, b):
    try:
        c = a + b
        return str(c.shape[0])
    except ValueError as e:
        return str(e)


#case: bcast_msg(np.zeros(2), np.zeros(3))
#case: bcast_msg(np.zeros(0), np.zeros(5))
#case: bcast_msg(np.zeros(3), np.zeros(3))


def bcast_msg2(a, b):
    try:
        c = a * b
        return str(c.shape[0])
    except ValueError as e:
        return str(e)


#case: bcast_msg2(np.zeros((2, 2)), np.zeros(3))


def int_msgs(n, d):
    out = ""
    try:
        out += str(n % d)
    except ZeroDivisionError as e:
        out += str(e)
    try:
        out += str(n // d)
    except ZeroDivisionError as e:
        out += "|" + str(e)
    try:
        out += str(divmod(n, d))
    except ZeroDivisionError as e:
        out += "|" + str(e)
    try:
        out += str(n / d)
    except ZeroDivisionError as e:
        out += "|" + str(e)
    return out


#case: int_msgs(5, 0)
#case: int_msgs(5, 2)
