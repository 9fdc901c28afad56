"""`lst += iterable` extends the list in place with any iterable's items (a range, a
generator, map/zip results, a tuple, a string), as `lst.extend(...)`; other names of the list
see the items."""

# export plus_range(int)
def plus_range(n):
    lst = [1]
    alias = lst
    lst += range(n)
    lst += (x * x for x in range(3))
    lst += map(abs, [-4, 5])
    lst.extend(range(2, 0, -1))
    return lst, alias is lst, len(alias)

#case: plus_range(3)
#case: plus_range(0)
#case: plus_range(-2)

# export plus_str(str)
def plus_str(s):
    chars = []
    chars += s
    chars += ("x", "y")
    return chars

#case: plus_str("ab")
#case: plus_str("")

# export plus_into(int list, int)
def plus_into(xs, n):
    xs += range(n)
    return len(xs)

#case: plus_into([7, 8], 3)
#case: plus_into([], 0)

# export plus_floats(float list, int)
def plus_floats(xs, n):
    xs += (i / 2 for i in range(n))
    xs = xs + list(range(2))
    return xs

#case: plus_floats([0.5], 3)
