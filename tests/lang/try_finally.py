"""`finally` runs on every way out: normal, return, break, exception."""

# export trace(int)
def trace(n):
    log = []
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(i)
        finally:
            log.append(100 + i)
    return log

#case: trace(5)
#case: trace(2)

# export ret_finally(int)
def ret_finally(n):
    log = [0]
    try:
        if n > 0:
            return n, log
        log.append(1)
    finally:
        log.append(2)
    return -1, log

#case: ret_finally(1)
#case: ret_finally(0)

# export raise_finally(int)
def raise_finally(n):
    log = [n]
    try:
        try:
            if n == 0:
                raise KeyError("zero")
        finally:
            log.append(1)
    except KeyError:
        log.append(2)
    return log

#case: raise_finally(0)
#case: raise_finally(1)
