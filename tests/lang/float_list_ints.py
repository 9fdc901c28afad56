"""A `float list` argument that holds ints (or bools) among its floats: each item keeps its own
type, as in CPython — reads give the int, arithmetic follows Python's rules item by item, and a
list the call changes is written back with the ints still ints (the signature's int-or-float
twin, `infer::int_or_float_twin`; dicts of float values alike). A list of floats only takes the float instance. (A scalar `float`
parameter given an int is widened to a float, as README documents.)"""
import numpy as np


# export first(float list)
def first(l):
    return l[0]

#case: first([1, 2.5])
#case: first([1.5, 2])
#case: first([True, 2.5])
#case: first([])


# export swap_ends(float list)
def swap_ends(l):
    l[0], l[-1] = l[-1], l[0]

#case: swap_ends([1, 2.5])
#case: swap_ends([1.5, 2, 3])
#case: swap_ends([4, 5])
#case: swap_ends([0.5])


# export total(float list)
def total(l):
    s = 0.0
    for x in l:
        s += x
    return s

#case: total([1, 2])
#case: total([1, 2.5, 3])
#case: total([])
#case: total([1.0, 2.0])


# export plain_sum(float list)
def plain_sum(l):
    return sum(l), max(l), min(l)

#case: plain_sum([1, 2, 3])
#case: plain_sum([1, 2.5, -3])
#case: plain_sum([3, 3.0])
#case: plain_sum([3.0, 3])


# export scale(float list, float)
def scale(l, k):
    for i in range(len(l)):
        l[i] = l[i] * k
    return l

#case: scale([1, 2.5, 3], 2.0)
#case: scale([1, 2], 0.5)
#case: scale([1.5, 2.5], 2)


# export halve_evens(float list)
def halve_evens(l):
    for i in range(0, len(l), 2):
        l[i] = l[i] / 2
    return l

#case: halve_evens([1, 2, 3, 4.5, 5])
#case: halve_evens([])


# export floor_div(float list)
def floor_div(l):
    out = []
    for x in l:
        out.append(x // 2)
        out.append(x % 3)
    return out

#case: floor_div([7, 7.5, -7, True])
#case: floor_div([0, 0.0])


# export push_and_sort(float list, float)
def push_and_sort(l, x):
    l.append(x)
    l.sort()
    return l.index(x)

#case: push_and_sort([3, 1.5, 2], 0.25)
#case: push_and_sort([3, 1, 2], 2.0)
#case: push_and_sort([], 1.5)


# export reversed_copy(float list)
def reversed_copy(l):
    r = l[::-1]
    r.reverse()
    l.reverse()
    return r

#case: reversed_copy([1, 2.5, 3])


# export contains(float list, float)
def contains(l, x):
    return x in l, l.count(x)

#case: contains([1, 2.5, 1.0], 1)
#case: contains([1, 2.5], 2.5)
#case: contains([1, 2.5], 7)


# export as_array(float list)
def as_array(l):
    a = np.array(l)
    return a.sum(), a.dtype == np.float64

#case: as_array([1, 2.5, 3])
#case: as_array([1.5, 2.5])


# export text(float list)
def text(l):
    return str(l), repr(l[0]), f"{l[-1]}"

#case: text([1, 2.5])
#case: text([1.25, 2])


# export grid_total(float list list)
def grid_total(g):
    t = 0.0
    for row in g:
        for x in row:
            t += x
    g[0][0] = t
    return t

#case: grid_total([[1, 2], [3.5, 4]])
#case: grid_total([[1, 2], [3, 4]])
#case: grid_total([[1.0, 2.0], [3.5, 4.0]])


# export two_lists(float list, float list)
def two_lists(a, b):
    a[0], b[0] = b[0], a[0]
    return len(a) + len(b)

#case: two_lists([1, 2.5], [3.5, 4])
#case: two_lists([1.5], [2.5])


# export helper_sorts(float list)
def helper_sorts(l):
    return smallest(l) + len(l)

def smallest(xs):
    best = xs[0]
    for x in xs:
        if x < best:
            best = x
    return best

#case: helper_sorts([3, 1.5, 1])
#case: helper_sorts([3, 2, 1])
#case: helper_sorts([])


# export pow_items(float list)
def pow_items(l):
    return [x ** 2 for x in l]

#case: pow_items([2, 1.5, -3])


# export dict_values(str:float dict)
def dict_values(d):
    total = 0.0
    for k in d:
        total += d[k]
    d['sum'] = total
    d['first'] = d[min(d)]
    return total, sorted(d.items())

#case: dict_values({'a': 1, 'b': 2.5})
#case: dict_values({'a': 1, 'b': 2})
#case: dict_values({'a': 1.5})


# export dict_of_lists(int:float list dict)
def dict_of_lists(d):
    for k in d:
        d[k].reverse()
    return len(d)

#case: dict_of_lists({1: [1, 2.5], 2: [3.5, 4]})
#case: dict_of_lists({1: [1.5, 2.5]})


# export tuple_of_lists((float list, int list))
def tuple_of_lists(t):
    t[0].reverse()
    t[1].append(len(t[0]))
    return t[1][-1]

#case: tuple_of_lists(([1, 2.5], [7]))
#case: tuple_of_lists(([1.5], []))
