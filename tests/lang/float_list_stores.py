"""A function that stores ints into a `float list` argument (or appends them): the list keeps
each item's type, as in CPython — the export compiles with the int-or-float copy of the
function only. Next to it, an export that keeps both copies (its float-only calls run the fast
one)."""

# export put_ints(float list)
# export count_up(float list, int)
# export total(float list)
# export halves(float list)


def put_ints(l):
    l[0] = 1
    l.append(2)
    l.append(l[1] * 2)
    return l


#case: put_ints([0.5, 1.5])
#case: put_ints([3, 4.0])
#case: put_ints([])
#case: put_ints([1.0])


def count_up(l, n):
    for i in range(n):
        l.append(i)
    l[-1] = l[-1] + 0.5 if n % 2 else l[-1]
    return len(l), sum(l), l


#case: count_up([0.25], 3)
#case: count_up([0.25], 4)
#case: count_up([], 0)


def total(l):
    s = 0.0
    for x in l:
        s += x
    return s


#case: total([1.0, 2.5])
#case: total([1, 2.5])
#case: total([])


def halves(l):
    for i in range(len(l)):
        if l[i] == int(l[i]):
            l[i] = int(l[i]) // 2
        else:
            l[i] = l[i] / 2
    return l


#case: halves([4.0, 3.0, 2.5, -1.5])
#case: halves([7, 1.25])
