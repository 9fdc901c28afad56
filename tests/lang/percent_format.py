"""printf-style formatting `fmt % args`, as in older numeric code."""

# export row(str, int, float)
def row(name, n, x):
    return "%-8s|%5d|%8.3f|%e|%g|%x|%%|%r" % (name, n, x, x, x, n, name)

#case: row("alpha", 42, 3.14159)
#case: row("", -7, -0.0001)
#case: row("long name here", 0, 1e20)

# export single(float)
def single(x):
    return "value: %.2f" % x, "%s" % x, "%d" % x

#case: single(2.5)
#case: single(-1e-3)

# export bad_count(int)
def bad_count(n):
    return "%d %d" % (n,)

#case: bad_count(1)
