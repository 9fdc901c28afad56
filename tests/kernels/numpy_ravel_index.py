"""numpy.ravel_multi_index / numpy.unravel_index (runtime/src/numpy/ravel_index.rs): int
and array coordinates (broadcast together, int32/bool/strided arrays), dims as a tuple or
an int, order='C'/'F' (and 'c'/'f'), mode='raise'/'wrap'/'clip' and a tuple of modes;
numpy's ValueError texts in numpy's order: an unknown order ('A'/'K' refused after the other
checks), an unknown mode (two texts), a tuple of modes of the wrong length, dims too large,
a multi_index of the wrong length, coordinates out of range, empty dims, shapes that do not
broadcast, indices out of bounds, several indices for a 0-d shape."""

import numpy as np


# export ravel2(int, int, int, int)
def ravel2(i, j, n, m):
    return (np.ravel_multi_index((i, j), (n, m)), np.ravel_multi_index((i, j), (n, m), order='F'),
            np.ravel_multi_index((i, j), (n, m), mode='wrap'), np.ravel_multi_index((i, j), (n, m), mode='clip'),
            np.ravel_multi_index((i, j), (n, m), mode=('wrap', 'clip'), order='F'),
            np.ravel_multi_index((i, j), (n, m), mode=('clip', 'wrap')))


#case: ravel2(1, 2, 2, 3)
#case: ravel2(0, 0, 2, 3)
#case: ravel2(5, -1, 2, 3)
#case: ravel2(-7, 14, 2, 3)
#case: ravel2(0, 0, 1, 1)
#case: ravel2(2, 0, 2, 3)
#case: ravel2(0, 0, 0, 3)


# export ravel_modes(int, int, int, int)
def ravel_modes(i, j, n, m):
    return (np.ravel_multi_index((i, j), (n, m), mode='wrap'), np.ravel_multi_index((i, j), (n, m), mode='clip'),
            np.ravel_multi_index((i, j), (n, m), mode=('wrap', 'clip'), order='F'),
            np.ravel_multi_index((i, j), (n, m), mode=('clip', 'wrap'), order='c'))


#case: ravel_modes(5, -1, 2, 3)
#case: ravel_modes(-7, 14, 2, 3)
#case: ravel_modes(-2, -3, 2, 3)
#case: ravel_modes(-9223372036854775807, 9223372036854775807, 2, 3)
#case: ravel_modes(0, 0, 2, 0)


# export ravel3(int, int, int)
def ravel3(i, j, k):
    d = (3, 4, 5)
    return np.ravel_multi_index((i, j, k), d), np.ravel_multi_index((i, j, k), d, order='f'), np.ravel_multi_index((i,), 7)


#case: ravel3(2, 3, 4)
#case: ravel3(1, 0, 2)


# export ravel_arrays(int[:], int[:], int)
# export ravel_arrays(int32[:], int32[:], int)
def ravel_arrays(i, j, m):
    return (np.ravel_multi_index((i, j), (4, m)), np.ravel_multi_index((i, j), (4, m), order='F'),
            np.ravel_multi_index((i, 1), (4, m), mode='clip'), np.ravel_multi_index((i[::-1], j), (4, m), mode='wrap'))


#case: ravel_arrays(np.array([1, 0, 3]), np.array([2, 1, 0]), 3)
#case: ravel_arrays(np.array([1, 0, 3], dtype=np.int32), np.array([2, 1, 0], dtype=np.int32), 3)
#case: ravel_arrays(np.array([1, 0, 3]), np.array([2, 1, 5]), 3)
#case: ravel_arrays(np.array([1, 0, 3]), np.array([2, 1, 0]), 2)
#case: ravel_arrays(np.array([], dtype=np.int64), np.array([], dtype=np.int64), 3)
#case: ravel_arrays(np.array([], dtype=np.int64), np.array([], dtype=np.int64), 0)
#case: ravel_arrays(np.array([1, 0]), np.array([2, 1, 0]), 3)


# export ravel_broadcast(int[:,:], int[:], bool[:])
def ravel_broadcast(i, j, b):
    return np.ravel_multi_index((i, j, b), (3, 4, 2)), np.ravel_multi_index((i.T, 2, b[0]), (3, 4, 2), mode='wrap')


#case: ravel_broadcast(np.array([[0], [1], [2]]), np.array([0, 3]), np.array([True, False]))
#case: ravel_broadcast(np.array([[0, 1], [2, 2]]), np.array([0, 3]), np.array([False]))
#case: ravel_broadcast(np.array([[0, 1, 2], [2, 2, 2]]), np.array([0, 3]), np.array([False]))


# export ravel_errors(int)
def ravel_errors(which):
    if which == 0:
        return np.ravel_multi_index((1, 1), (2, 3), order='X')
    if which == 1:
        return np.ravel_multi_index((1, 1), (2, 3), order='A')
    if which == 2:
        return np.ravel_multi_index((1, 1), (2, 3), mode='x')
    if which == 3:
        return np.ravel_multi_index((1, 1), (2, 3), mode='c')
    if which == 4:
        return np.ravel_multi_index((1, 1), (2, 3), mode=('wrap',))
    if which == 5:
        return np.ravel_multi_index((1,), (2, 3))
    if which == 6:
        return np.ravel_multi_index((1, 2), (2**40, 2**40))
    if which == 7:
        return np.ravel_multi_index((1, 1), (2, 3), mode='x', order='K')
    if which == 8:
        return np.ravel_multi_index((1, 1, 1), (2, 3), order='K')
    return np.ravel_multi_index((1, 1), (2, 3), mode='CLIP')


#case: ravel_errors(0)
#case: ravel_errors(1)
#case: ravel_errors(2)
#case: ravel_errors(3)
#case: ravel_errors(4)
#case: ravel_errors(5)
#case: ravel_errors(6)
#case: ravel_errors(7)
#case: ravel_errors(8)
#case: ravel_errors(9)


# export unravel2(int, int, int)
def unravel2(i, n, m):
    return np.unravel_index(i, (n, m)), np.unravel_index(i, (n, m), order='F'), np.unravel_index(i, n * m)


#case: unravel2(5, 2, 3)
#case: unravel2(0, 2, 3)
#case: unravel2(3, 2, 3)
#case: unravel2(6, 2, 3)
#case: unravel2(-1, 2, 3)
#case: unravel2(0, 0, 3)
#case: unravel2(3, 2, -3)
#case: unravel2(4, 2**40, 2**40)


# export unravel3(int)
def unravel3(i):
    a, b, c = np.unravel_index(i, (3, 4, 5))
    return a, b, c, np.unravel_index(i, (3, 4, 5), order='F'), len(np.unravel_index(0, ()))


#case: unravel3(0)
#case: unravel3(59)
#case: unravel3(37)
#case: unravel3(60)


# export unravel_arrays(int[:], int, int)
# export unravel_arrays(int32[:], int, int)
# export unravel_arrays(bool[:], int, int)
def unravel_arrays(a, n, m):
    r, c = np.unravel_index(a, (n, m))
    f = np.unravel_index(a[::-1], (n, m), order='F')
    return r, c, f, np.unravel_index(a, (n * m,))


#case: unravel_arrays(np.array([1, 5, 0, 2]), 2, 3)
#case: unravel_arrays(np.array([1, 5, 0, 2], dtype=np.int32), 2, 3)
#case: unravel_arrays(np.array([True, False]), 2, 3)
#case: unravel_arrays(np.array([], dtype=np.int64), 2, 3)
#case: unravel_arrays(np.array([1, 6, 0]), 2, 3)
#case: unravel_arrays(np.array([1, -6, 0]), 2, 3)


# export unravel_2d(int[:,:])
def unravel_2d(a):
    return np.unravel_index(a, (4, 5)), np.unravel_index(a.T, (2, 2, 5), order='F')


#case: unravel_2d(np.array([[1, 5], [0, 19], [7, 12]]))


# export unravel_errors(int)
def unravel_errors(which):
    if which == 1:
        return np.unravel_index(np.array([0, 1]), (2, 3), order='A')
    if which == 2:
        return np.unravel_index(np.array([0, 1]), (2, 3), order='Q')
    return np.unravel_index(np.array([0, 7]), (2, 3), order='K')




# export unravel_0d(int)
def unravel_0d(i):
    return len(np.unravel_index(np.array([i, 0]), ()))


#case: unravel_0d(0)
#case: unravel_0d(1)
#case: unravel_errors(1)
#case: unravel_errors(2)
#case: unravel_errors(3)


# export ravel_msg(int)
def ravel_msg(which):
    # numpy's texts, compared as values
    try:
        return str(ravel_errors(which))
    except ValueError as e:
        return str(e)


#case: ravel_msg(0)
#case: ravel_msg(1)
#case: ravel_msg(2)
#case: ravel_msg(3)
#case: ravel_msg(4)
#case: ravel_msg(5)
#case: ravel_msg(6)
#case: ravel_msg(7)
#case: ravel_msg(8)
#case: ravel_msg(9)


# export unravel_msg(int, int, int)
def unravel_msg(which, i, n):
    try:
        if which == 0:
            return str(unravel2(i, n, 3))
        if which == 1:
            return str(unravel_errors(i)[0].shape)
        if which == 2:
            return str(ravel_arrays(np.array([1, 0, 3]), np.array([2, 1, i]), n)[0][0])
        if which == 3:
            return str(unravel_0d(i))
        return str(ravel2(i, 0, n, 3))
    except ValueError as e:
        return str(e)


#case: unravel_msg(0, 6, 2)
#case: unravel_msg(0, -1, 2)
#case: unravel_msg(0, 3, -2)
#case: unravel_msg(0, 0, 0)
#case: unravel_msg(0, 4, 2**40)
#case: unravel_msg(1, 1, 0)
#case: unravel_msg(1, 2, 0)
#case: unravel_msg(1, 3, 0)
#case: unravel_msg(2, 5, 3)
#case: unravel_msg(2, 0, 0)
#case: unravel_msg(3, 0, 0)
#case: unravel_msg(3, 1, 0)
#case: unravel_msg(4, 0, 0)
#case: unravel_msg(4, 2, 2)
