# error-at: 8:14
# the loop body changes `m` while the generator expression still reads it.


# export running(int list)
def running(xs):
    m = 0
    for v in (x + m for x in xs):
        m = v
    return m
