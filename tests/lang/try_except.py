"""`try`/`except`/`else`/`finally` of builtin exceptions inside compiled code."""

# export safe_ratio(float, float)
def safe_ratio(a, b):
    try:
        r = a / b
    except ZeroDivisionError:
        r = float("inf")
    return r

#case: safe_ratio(1.0, 2.0)
#case: safe_ratio(1.0, 0.0)

# export count_bad(str list)
def count_bad(items):
    bad = 0
    total = 0
    for s in items:
        try:
            total += int(s)
        except ValueError:
            bad += 1
    return total, bad

#case: count_bad(["1", "x", "3", "", "-4"])
#case: count_bad([])

# export lookup(int list, int)
def lookup(xs, i):
    try:
        v = xs[i]
    except (IndexError, KeyError) as e:
        return -1, str(e)
    else:
        v = v * 2
    finally:
        xs.append(i)
    return v, "ok"

#case: lookup([1, 2, 3], 1)
#case: lookup([1, 2, 3], 7)
#case: lookup([], -1)

# export nested(int)
def nested(n):
    out = 0
    try:
        try:
            if n > 5:
                raise ValueError("big")
            out = 100 // n
        except ZeroDivisionError:
            out = -1
        finally:
            out += 1000
    except ValueError as e:
        out = -2
    return out

#case: nested(4)
#case: nested(0)
#case: nested(9)

# export return_in_try(int)
def return_in_try(n):
    log = [0]
    for i in range(n):
        try:
            if i == 3:
                return i, log
            if i == 1:
                continue
            log.append(i)
        finally:
            log.append(-i)
    return -1, log

#case: return_in_try(2)
#case: return_in_try(6)

# export break_in_try(int)
def break_in_try(n):
    i = 0
    while True:
        try:
            if i >= n:
                break
            i += 1
        except ValueError:
            pass
    return i

#case: break_in_try(3)
#case: break_in_try(0)

# export reraise(int)
def reraise(n):
    try:
        if n < 0:
            raise ValueError("negative")
        return n
    except ValueError:
        raise

#case: reraise(3)
#case: reraise(-3)

# export catch_arith(int, int)
def catch_arith(a, b):
    try:
        return a // b
    except ArithmeticError:
        return 0

#case: catch_arith(7, 2)
#case: catch_arith(7, 0)

# export uncaught(int)
def uncaught(n):
    try:
        if n == 0:
            raise KeyError("k")
        return [1, 2][n]
    except ValueError:
        return -1

#case: uncaught(0)
#case: uncaught(1)
#case: uncaught(5)

# export catch_all(int)
def catch_all(n):
    try:
        return 10 // n
    except Exception as e:
        return -1
#case: catch_all(0)
#case: catch_all(3)
