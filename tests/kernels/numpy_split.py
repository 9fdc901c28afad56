"""`np.array_split` and `np.split`: lists of views of consecutive pieces along an axis (a number
of pieces, the first ones one longer, or the positions of the cuts as Python slices), numpy's
errors (ValueError for no pieces or an unequal `split`, IndexError for an axis beyond the
shape). lttb_pt (Pythran's test case) splits the rows of its data into bins."""

import numpy as np

# export sizes(float[], int)
# export sizes(float[:, :], int)


def sizes(a, n):
    parts = np.array_split(a, n)
    return [len(p) for p in parts]


#case: sizes(np.arange(10.0), 3)
#case: sizes(np.arange(10.0), 10)
#case: sizes(np.arange(10.0), 12)
#case: sizes(np.arange(10.0), 1)
#case: sizes(np.arange(10.0), 0)
#case: sizes(np.arange(10.0), -2)
#case: sizes(np.zeros(0), 2)
#case: sizes(np.ones((7, 2)), 3)

# export pieces(float[:, :], int, int)


def pieces(a, n, axis):
    return np.array_split(a, n, axis=axis)


#case: pieces(np.arange(12.0).reshape(3, 4), 2, 1)
#case: pieces(np.arange(12.0).reshape(3, 4), 3, 0)
#case: pieces(np.arange(12.0).reshape(3, 4), 3, -1)
#case: pieces(np.arange(12.0).reshape(3, 4), 3, 2)
#case: pieces(np.arange(12.0).reshape(3, 4), 3, -3)

# export cut(int[], int list)


def cut(a, idx):
    return np.array_split(a, idx)


#case: cut(np.arange(10), [2, 5])
#case: cut(np.arange(10), [-3, 20])
#case: cut(np.arange(10), [6, 2])
#case: cut(np.arange(10), [])

# export even(float[], int)


def even(a, n):
    return np.split(a, n)


#case: even(np.arange(6.0), 3)
#case: even(np.arange(6.0), 4)
#case: even(np.arange(6.0), 0)

# export write_through(float[:, :])


def write_through(a):
    # the pieces are views: writing one writes the array
    parts = np.array_split(a, 2)
    parts[1][0, 0] = -1.0
    total = 0.0
    for p in parts:
        total += p.sum()
    return total


#case: write_through(np.arange(10.0).reshape(5, 2))

# export downsample(float[:, :] order(C), int)


def _areas_of_triangles(a, bs, c):
    bs_minus_a = bs - a
    a_minus_bs = a - bs
    return 0.5 * abs((a[0] - c[0]) * (bs_minus_a[:, 1]) - (a_minus_bs[:, 0]) * (c[1] - a[1]))


def downsample(data, n_out):
    # lttb_pt (Largest-Triangle-Three-Buckets, from Pythran's test cases)
    if n_out > data.shape[0]:
        raise ValueError("n_out must be <= number of rows in data")
    if n_out == data.shape[0]:
        return data
    if n_out < 3:
        raise ValueError("Can only downsample to a minimum of 3 points")
    n_bins = n_out - 2
    data_bins = np.array_split(data[1 : len(data) - 1], n_bins)
    out = np.zeros((n_out, 2))
    out[0] = data[0]
    out[len(out) - 1] = data[len(data) - 1]
    for i in range(len(data_bins)):
        this_bin = data_bins[i]
        if i < n_bins - 1:
            next_bin = data_bins[i + 1]
        else:
            next_bin = data[len(data) - 1 :]
        a = out[i]
        bs = this_bin
        c = next_bin.mean(axis=0)
        areas = _areas_of_triangles(a, bs, c)
        out[i + 1] = bs[np.argmax(areas)]
    return out


#case: downsample(np.arange(200.0).reshape(100, 2), 8)
#case: downsample(np.sin(np.arange(400.0)).reshape(200, 2), 17)
#case: downsample(np.arange(20.0).reshape(10, 2), 2)
