"""`tuple(...)`: of a tuple, and of a generator over a tuple, a zip or an enumerate of tuples (its length
is the tuple's, known when compiling: parakeet's nd_local_maxima builds neighbour indices so)."""
import numpy as np


def wrap(pos, offset, bound):
    return (pos + offset) % bound


def clamp(pos, offset, bound):
    return min(bound - 1, max(0, pos + offset))


def local_maxima(data, mode=wrap):
    wsize = data.shape
    result = np.ones(data.shape, bool)
    for pos in np.ndindex(data.shape):
        myval = data[pos]
        for offset in np.ndindex(wsize):
            neighbor_idx = tuple(mode(p, o - w // 2, w) for (p, o, w) in zip(pos, offset, wsize))
            result[pos] &= (data[neighbor_idx] <= myval)
    return result


# export maxima_wrap(float[:,:,:])
def maxima_wrap(x):
    return local_maxima(x)


# export maxima_clamp(float[:,:])
def maxima_clamp(x):
    return local_maxima(x, clamp)


# export same(int, int)
def same(a, b):
    t = (a, b, a + b)
    u = tuple(t)
    return u, tuple(x * 2 for x in t), tuple(-v for v in (a, b))


# export enumerated(float, float)
def enumerated(a, b):
    return tuple(i * v for i, v in enumerate((a, b, a * b)))


# export zipped(int[:], int[:])
def zipped(x, y):
    # zip stops at the shorter tuple
    return tuple(p - q for p, q in zip(x.shape + (1, 2), (3, 4)))


# export strings(str)
def strings(s):
    return tuple(c + s for c in (s, 'a', 'b')), tuple(len(w) for w in [s, s + s])


#case: maxima_wrap(np.arange(24.0).reshape(2, 3, 4))
#case: maxima_wrap(np.array([[[1.0, 5.0], [2.0, 0.5]], [[3.0, 3.0], [np.nan, 1.0]]]))
#case: maxima_clamp(np.array([[1.0, 2.0, 1.0], [0.0, 5.0, 7.0]]))
#case: maxima_clamp(np.zeros((1, 1)))
#case: same(3, -4)
#case: enumerated(1.5, -2.0)
#case: zipped(np.arange(3), np.arange(2))
#case: strings('xy')
