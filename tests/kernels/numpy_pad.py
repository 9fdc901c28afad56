"""numpy.pad: modes constant (constant_values= a number, a pair, per-axis pairs), edge,
reflect, symmetric (widths beyond the axis: numpy's repeated chunks; one-element axes),
wrap, maximum and minimum (stat_length=); pad widths as an int, a pair, per-axis pairs, a
list of pairs or an int array; 1-d to 3-d arrays of float64, float32, int64, int8, uint8,
bool and complex; views (transposed, strided, reversed); numpy's ValueError/TypeError for
negative widths, shapes that do not broadcast, float widths, unknown modes, keywords a mode
does not take, empty axes and stat_length=0."""

import numpy as np

# export modes(float[:], int)
# export modes(float[:,:], int)
# export modes(int[:,:], int)
# export modes(float32[:,:], int)
# export modes(int8[:], int)
# export modes(uint8[:,:], int)
# export modes(bool[:,:], int)
# export modes(float[:,:,:], int)
def modes(a, w):
    return (
        np.pad(a, w),
        np.pad(a, w, 'constant'),
        np.pad(a, w, mode='edge'),
        np.pad(a, w, 'reflect'),
        np.pad(a, w, 'symmetric'),
        np.pad(a, w, 'wrap'),
        np.pad(a, w, 'maximum'),
        np.pad(a, w, 'minimum'),
    )

#case: modes(np.array([1.0, 2.0, 3.0]), 2)
#case: modes(np.array([1.0, 2.0, 3.0]), 7)
#case: modes(np.array([1.0, -2.0]), 5)
#case: modes(np.array([4.5]), 3)
#case: modes(np.array([1.0, 2.0, 3.0]), 0)
#case: modes(np.array([1.0, nan, 3.0, -0.0]), 3)
#case: modes(np.arange(12.0).reshape(3, 4), 1)
#case: modes(np.arange(12.0).reshape(3, 4), 5)
#case: modes(np.arange(12.0).reshape(3, 4), 11)
#case: modes(np.arange(6.0).reshape(1, 6), 4)
#case: modes(np.arange(-6, 6).reshape(3, 4), 2)
#case: modes(np.arange(-6, 6).reshape(3, 4), 9)
#case: modes(np.linspace(-1, 1, 12).astype(np.float32).reshape(4, 3), 3)
#case: modes(np.array([-128, 0, 127, 5], dtype=np.int8), 6)
#case: modes(np.array([[0, 255], [7, 200]], dtype=np.uint8), 3)
#case: modes(np.array([[True, False, False], [False, False, True]]), 2)
#case: modes(np.arange(24.0).reshape(2, 3, 4), 2)
#case: modes(np.arange(24.0).reshape(2, 3, 4), 0)
#case: modes(np.zeros((3, 4)), -1)
#case: modes(np.zeros(3), -2)

# export modes_complex(complex[:,:], int)
def modes_complex(a, w):
    return (
        np.pad(a, w),
        np.pad(a, w, 'edge'),
        np.pad(a, w, 'reflect'),
        np.pad(a, w, 'symmetric'),
        np.pad(a, w, 'wrap'),
        np.pad(a, w, constant_values=1.5 - 2j),
    )

#case: modes_complex(np.array([[1 + 2j, -3j], [nan, 4 + 0j]]), 3)
#case: modes_complex(np.arange(6).reshape(2, 3) * (1 - 1j), 1)

# export per_axis(float[:,:], int, int, int, int)
# export per_axis(int32[:,:], int, int, int, int)
def per_axis(a, b0, a0, b1, a1):
    w = ((b0, a0), (b1, a1))
    return (
        np.pad(a, w, constant_values=((1.5, -2.5), (7.0, 9.0))),
        np.pad(a, w, 'edge'),
        np.pad(a, w, 'reflect'),
        np.pad(a, w, 'symmetric'),
        np.pad(a, w, 'wrap'),
        np.pad(a, w, 'maximum'),
        np.pad(a, w, 'minimum', stat_length=((1, 2), (2, 1))),
    )

#case: per_axis(np.arange(12.0).reshape(3, 4), 1, 2, 0, 3)
#case: per_axis(np.arange(12.0).reshape(3, 4), 0, 0, 9, 1)
#case: per_axis(np.arange(12.0).reshape(3, 4), 7, 5, 6, 8)
#case: per_axis(np.array([[3.0, 1.0, 2.0]]), 2, 3, 4, 0)
#case: per_axis(np.arange(12, dtype=np.int32).reshape(4, 3) - 6, 3, 1, 2, 5)
#case: per_axis(np.arange(12.0).reshape(3, 4), 1, -1, 0, 0)

# export pairs(float[:], int, int)
# export pairs(float[:,:], int, int)
def pairs(a, b, c):
    return (
        np.pad(a, (b, c), 'reflect'),
        np.pad(a, (b, c), 'symmetric'),
        np.pad(a, (b, c), 'wrap'),
        np.pad(a, (b, c), constant_values=(-1.0, 2.0)),
        np.pad(a, (b,), 'edge'),
        np.pad(a, ((b, c),), 'edge'),
        np.pad(a, [(c, b)], 'maximum', stat_length=2),
    )

#case: pairs(np.array([1.0, 5.0, 2.0, 8.0]), 3, 6)
#case: pairs(np.array([1.0, 5.0, 2.0, 8.0]), 0, 13)
#case: pairs(np.array([1.0, 5.0]), 9, 1)
#case: pairs(np.arange(12.0).reshape(4, 3), 2, 5)
#case: pairs(np.arange(12.0).reshape(4, 3), 5, 0)
#case: pairs(np.arange(12.0).reshape(4, 3), -1, 5)

# export column_pairs(float[:,:], int, int)
def column_pairs(a, b, c):
    # shape (2, 1): each axis its own width on both sides
    return np.pad(a, ((b,), (c,)), 'wrap'), np.pad(a, [[b], [c]], 'symmetric')

#case: column_pairs(np.arange(12.0).reshape(4, 3), 2, 5)

# export three_axes(float[:,:], int)
def three_axes(a, w):
    # pairs for three axes given to a 2-d array: numpy's broadcast ValueError
    return np.pad(a, ((w, w), (w, w), (w, w)))

#case: three_axes(np.ones((2, 2)), 1)

# export three_widths(float[:,:], int)
def three_widths(a, w):
    return np.pad(a, (w, w, w), 'edge')

#case: three_widths(np.ones((2, 2)), 1)

# export float_width(float[:,:], float)
def float_width(a, w):
    return np.pad(a, w)

#case: float_width(np.ones((2, 2)), 1.0)

# export mixed_width(float[:], int)
def mixed_width(a, w):
    return np.pad(a, (w, 2.0), 'edge')

#case: mixed_width(np.ones(3), 1)

# export bool_width(float[:])
def bool_width(a):
    return np.pad(a, True), np.pad(a, (True, 2), 'wrap')

#case: bool_width(np.array([1.0, 2.0]))

# export unknown_mode(float[:], int)
def unknown_mode(a, w):
    return np.pad(a, w, 'nearest')

#case: unknown_mode(np.ones(3), 1)
#case: unknown_mode(np.ones(3), -1)

# export extra_keyword(float[:], int)
def extra_keyword(a, w):
    return np.pad(a, w, 'edge', constant_values=3.0)

#case: extra_keyword(np.ones(3), 1)

# export extra_keyword2(float[:], int)
def extra_keyword2(a, w):
    return np.pad(a, w, 'wrap', stat_length=3)

#case: extra_keyword2(np.ones(3), 1)

# export empties(float[:,:], int, int)
def empties(a, b, c):
    return np.pad(a, ((b, b), (c, c)), constant_values=4.0)

#case: empties(np.zeros((0, 3)), 2, 1)
#case: empties(np.zeros((0, 0)), 0, 0)
#case: empties(np.zeros((2, 0)), 1, 2)

# export empty_edge(float[:,:], int, int)
def empty_edge(a, b, c):
    return np.pad(a, ((b, b), (c, c)), 'edge')

#case: empty_edge(np.zeros((0, 3)), 0, 1)
#case: empty_edge(np.zeros((0, 3)), 1, 0)
#case: empty_edge(np.zeros((3, 0)), 1, 0)

# export empty_max(float[:], int)
def empty_max(a, w):
    return np.pad(a, w, 'maximum', stat_length=0)

#case: empty_max(np.zeros(0), 0)
#case: empty_max(np.zeros(0), 1)
#case: empty_max(np.ones(2), 0)
#case: empty_max(np.ones(2), 3)

# export stat_lengths(float[:], int, int)
# export stat_lengths(int[:], int, int)
def stat_lengths(a, w, s):
    return (
        np.pad(a, w, 'maximum', stat_length=s),
        np.pad(a, w, 'minimum', stat_length=(s, 1)),
        np.pad(a, (w, 1), 'maximum', stat_length=[s]),
    )

#case: stat_lengths(np.array([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0]), 3, 2)
#case: stat_lengths(np.array([3.0, 1.0, nan, 1.0, 5.0, 9.0, 2.0]), 3, 3)
#case: stat_lengths(np.array([3.0, 1.0, 4.0]), 2, 10)
#case: stat_lengths(np.array([3, -1, 4, -1, 5]), 4, 2)
#case: stat_lengths(np.array([3, -1, 4, -1, 5]), 4, -2)

# export constants(int[:,:], float)
# export constants(uint8[:,:], float)
# export constants(float32[:,:], float)
# export constants(bool[:,:], float)
def constants(a, c):
    # numpy converts the constants to the array's type as assignment does
    return (
        np.pad(a, 1, constant_values=c),
        np.pad(a, (1, 2), constant_values=(c, 2)),
        np.pad(a, ((0, 1), (2, 0)), constant_values=((1, c), (3, 4))),
        np.pad(a, 2, constant_values=True),
        np.pad(a, 1, constant_values=[c, 0.25]),
    )

#case: constants(np.arange(6).reshape(2, 3), 1.75)
#case: constants(np.arange(6).reshape(2, 3), -2.5)
#case: constants(np.arange(6, dtype=np.uint8).reshape(2, 3), 3.9)
#case: constants(np.arange(6, dtype=np.float32).reshape(2, 3), 0.1)
#case: constants(np.array([[True, False]]), 0.0)
#case: constants(np.array([[True, False]]), 0.5)

# export constant_bad(float[:,:])
def constant_bad(a):
    return np.pad(a, 1, constant_values=((1.0, 2.0), (3.0, 4.0), (5.0, 6.0)))

#case: constant_bad(np.ones((2, 2)))

# export widths_array(float[:,:], int[:,:])
# export widths_array(float[:,:], int[:])
def widths_array(a, w):
    return np.pad(a, w, 'symmetric'), np.pad(a, w, 'constant', constant_values=-1.0)

#case: widths_array(np.arange(6.0).reshape(2, 3), np.array([[1, 2], [3, 0]]))
#case: widths_array(np.arange(6.0).reshape(2, 3), np.array([[1, 2]]))
#case: widths_array(np.arange(6.0).reshape(2, 3), np.array([[1], [4]]))
#case: widths_array(np.arange(6.0).reshape(2, 3), np.array([[1, 2], [3, 0], [1, 1]]))
#case: widths_array(np.arange(6.0).reshape(2, 3), np.array([[1, 2], [3, -1]]))
#case: widths_array(np.arange(6.0).reshape(2, 3), np.array([2]))
#case: widths_array(np.arange(6.0).reshape(2, 3), np.array([2, 1]))
#case: widths_array(np.arange(6.0).reshape(2, 3), np.array([2, 1, 0]))
#case: widths_array(np.arange(6.0).reshape(2, 3), np.array([], dtype=np.int64))

# export widths_list(float[:,:], int, int)
def widths_list(a, b, c):
    w = [(b, c), (c, b)]
    l = [b, c]
    return np.pad(a, w, 'wrap'), np.pad(a, l, 'reflect')

#case: widths_list(np.arange(6.0).reshape(2, 3), 1, 4)
#case: widths_list(np.arange(6.0).reshape(2, 3), 1, -4)

# export views(float[:,:], int)
def views(a, w):
    return (
        np.pad(a.T, w, 'reflect'),
        np.pad(a[::2, ::-1], (w, 1), 'symmetric'),
        np.pad(a[:, 1], w, 'wrap'),
        np.pad(a[::-1], w, 'edge') + np.pad(a, w, 'edge'),
    )

#case: views(np.arange(20.0).reshape(4, 5), 3)
#case: views(np.arange(20.0).reshape(4, 5), 0)

# export reflect_types(float[:], int)
def reflect_types(a, w):
    return np.pad(a, w, 'reflect', reflect_type='even'), np.pad(a, w, 'symmetric', reflect_type='even')

#case: reflect_types(np.array([1.0, 2.0, 4.0]), 5)

# export nested(float[:,:], int)
def nested(a, w):
    b = np.pad(np.pad(a, w, 'wrap'), (1, 0), constant_values=np.pad(a, 1)[0, 0] + 5.0)
    b[0, 0] = -1.0
    return b, a

#case: nested(np.arange(6.0).reshape(2, 3), 2)
