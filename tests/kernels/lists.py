"""Python lists as arguments and results: literals, [x] * n, len, indexing, append."""
import math

# export euclidean3(float list, float list)
# export list_sum(int list)
# export squares(int)
# export pair(float, float)
# export zeros_like(complex list)
# export last(float list)
# export get(int list, int)
# export grow(float list, float)
# export scale_inplace(float list, float)
# export running_max(int list)
# export halves(int)


def euclidean3(x, y):
    # seed 002's euclidean3 over lists.
    diff = 0.0
    for i in range(len(x)):
        diff += (x[i] - y[i])**2
    return math.sqrt(diff)


#case: euclidean3([0.0, 0.0], [3.0, 4.0])
#case: euclidean3([], [])
#case: euclidean3([1.0, 2.0, 3.0], [1.5])
#typeerror: euclidean3(np.zeros(2), [1.0, 2.0])
#typeerror: euclidean3([1.0, "a"], [1.0, 2.0])
#typeerror: euclidean3((1.0, 2.0), [1.0, 2.0])


def list_sum(xs):
    s = 0
    for i in range(len(xs)):
        s += xs[i]
    return s


#case: list_sum([1, 2, 3])
#case: list_sum([])
#case: list_sum([2**62, -2**62, 5])


def squares(n):
    # seed 002's do_math loop, with a preallocated list.
    out = [0] * n
    for i in range(n):
        out[i] = 3 + i**3
    return out


#case: squares(5)
#case: squares(0)
#case: squares(-2)


def pair(a, b):
    p = [a, b]
    p.append(a + b)
    p.append(a * b)
    return p, len(p)


#case: pair(1.5, 2.0)


def zeros_like(zs):
    out = [0j] * len(zs)
    for i in range(len(zs)):
        out[i] = zs[i] * zs[i]
    return out


#case: zeros_like([1j, 1 + 1j])
#case: zeros_like([])


def last(xs):
    return xs[-1], xs[-len(xs)]


#case: last([1.0, 2.0, 3.0])
#case: last([4.5])
#case: last([])


def get(xs, i):
    return xs[i]


#case: get([10, 20, 30], 1)
#case: get([10, 20, 30], -3)
#case: get([10, 20, 30], 3)
#case: get([10, 20, 30], -4)


def grow(xs, v):
    # Appending to an argument list is visible to the caller (it is the same list).
    xs.append(v)
    xs.append(v * 2)
    return xs


#case: grow([1.0], 0.5)
#case: grow([], -1.0)


def scale_inplace(xs, k):
    for i in range(len(xs)):
        xs[i] = xs[i] * k


#case: scale_inplace([1.0, -2.0, 3.5], 2.0)


def running_max(xs):
    out = [xs[0]]
    for i in range(1, len(xs)):
        out.append(max(out[i - 1], xs[i]))
    return out


#case: running_max([3, 1, 4, 1, 5, 9, 2, 6])
#case: running_max([7])
#case: running_max([])


def halves(n):
    # Builds with [0.0] * n and returns the list and its length.
    acc = [0.0] * n
    for i in range(n):
        acc[i] = i / 2
    return acc, len(acc)


#case: halves(4)
#case: halves(0)


# export scaled_copy(float list, float)
# export scaled_copy(int list, int)
def scaled_copy(xs, k):
    # `out` starts as a list of ints and receives floats: a float list throughout
    out = [0] * len(xs)
    for i in range(len(xs)):
        out[i] = xs[i] * k
    xs.append(k)
    return out


#case: scaled_copy([1.0, 2.5], 2.0)
#case: scaled_copy([1, 2], 3)
#case: scaled_copy([], 1.5)
