"""The message of a caught exception (`str(e)`), raised again or returned."""

# export message(int)
def message(n):
    try:
        if n == 0:
            raise ValueError(f"bad value {n}")
        return str(10 // (n - 1))
    except ValueError as e:
        return str(e)
    except ZeroDivisionError as e:
        return "div: " + str(e)

#case: message(0)
#case: message(1)
#case: message(3)

# export rethrow(int)
def rethrow(n):
    try:
        return [1, 2, 3][n]
    except IndexError as e:
        raise e

#case: rethrow(1)
#case: rethrow(9)

# export key_message(str:int dict, str)
def key_message(d, k):
    try:
        return d[k]
    except KeyError:
        return -1

#case: key_message({"a": 1}, "a")
#case: key_message({"a": 1}, "b")
