"""List methods: append, pop, extend, insert, index, count, remove, reverse, sort, copy, clear."""

# export edit(int list)
def edit(xs):
    xs.append(10)
    xs.extend([20, 30])
    xs.insert(0, -1)
    xs.insert(100, 99)
    xs.insert(-1, 7)
    last = xs.pop()
    first = xs.pop(0)
    return xs, last, first, xs.count(10), xs.index(20)

#case: edit([1, 2, 3])
#case: edit([])

# export sort_and_reverse(float list)
def sort_and_reverse(xs):
    ys = xs.copy()
    ys.sort()
    zs = xs.copy()
    zs.reverse()
    return ys, zs, xs

#case: sort_and_reverse([3.0, -1.0, 2.5, -1.0])
#case: sort_and_reverse([])

# export remove_first(int list, int)
def remove_first(xs, v):
    xs.remove(v)
    return xs

#case: remove_first([1, 2, 1], 1)
#case: remove_first([1, 2], 5)

# export index_missing(int list, int)
def index_missing(xs, v):
    return xs.index(v)

#case: index_missing([4, 5], 5)
#case: index_missing([4, 5], 6)

# export clear_it(str list)
def clear_it(xs):
    n = len(xs)
    xs.clear()
    return n, xs

#case: clear_it(["a", "b"])

# export pop_empty(int list)
def pop_empty(xs):
    return xs.pop()

#case: pop_empty([])
#case: pop_empty([3])

# export delete_items(int list)
def delete_items(xs):
    del xs[0]
    del xs[-1]
    return xs

#case: delete_items([1, 2, 3, 4])
#case: delete_items([1])
