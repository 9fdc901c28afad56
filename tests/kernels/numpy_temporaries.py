"""A temporary read once by the next statement's reduction (`w = ...` then `(w ** 2).sum()`) is
computed inside the reduction (analysis/inline.rs): the same bits (numpy's order), the same
exceptions at the same point, and the temporary kept wherever anything could tell."""

import numpy as np

# export wdist(float64[:,:], float64[:,:], float64[:,:])
# export row_norms(float64[:,:], int)
# export ksum(float64[:,:])
# export kept(float64[:], float64[:], int)
# export raised_first(float64[:], float64[:], int[])
# export augmented(float64[:], float64[:])


def wdist(A, B, W):
    k, m = A.shape
    _, n = B.shape
    D = np.zeros((m, n))
    for ii in range(m):
        for jj in range(n):
            wdiff = (A[:, ii] - B[:, jj]) / W[:, ii]
            D[ii, jj] = np.sqrt((wdiff**2).sum())
    return D


#case: wdist(np.random.RandomState(0).rand(70, 9), np.random.RandomState(1).rand(70, 8), np.random.RandomState(2).rand(70, 9) + 0.1)
#case: wdist(np.random.RandomState(0).rand(300, 3), np.random.RandomState(1).rand(300, 2), np.random.RandomState(2).rand(300, 3) + 0.1)
#case: wdist(np.zeros((0, 2)), np.zeros((0, 2)), np.zeros((0, 2)))
#case: wdist(np.ones((3, 2)), np.ones((4, 2)), np.ones((3, 2)))


def row_norms(x, k):
    out = np.zeros(x.shape[0])
    for i in range(x.shape[0]):
        d = x[i] - x[k]
        out[i] = np.sqrt(np.sum(d * d))
    # read by a method of a reduction and by an axis sum
    t = x[::-1] * 3.0
    s = t.max()
    u = np.abs(x.T - 1.0)
    return out, s, np.sum(u, axis=0), u.shape


#case: row_norms(np.random.RandomState(3).rand(50, 7), 4)
#case: row_norms(np.random.RandomState(3).rand(5, 300), -1)
#case: row_norms(np.random.RandomState(3).rand(5, 3), 7)


def ksum(m):
    # numpy's temporary of a transposed expression is summed in its memory order
    t = m.T * 1.5 + m.T
    s = t.sum()
    r = m[:, ::-1] - 0.25
    return s, np.mean(r), r.shape


#case: ksum(np.random.RandomState(4).rand(37, 129))
#case: ksum(np.asfortranarray(np.random.RandomState(5).rand(130, 21)))


def kept(a, b, k):
    # read twice, read later, not in a reduction: the temporary stays
    w = a - b
    s = np.sum(w * w)
    v = a * 2.0
    t = np.sum(v) + v[0]
    z = a + k
    return s, t, z[k]


#case: kept(np.arange(5.0), np.ones(5), 2)
#case: kept(np.arange(5.0), np.ones(4), 2)
#case: kept(np.arange(5.0), np.ones(5), 9)


def raised_first(a, b, idx):
    # the temporary's ValueError comes before the IndexError of what follows
    w = a - b
    out = np.zeros(2)
    out[idx[0]] = np.sum(w**2)
    d = a * 2.0
    return out, idx[3] + np.sum(d)


#case: raised_first(np.arange(4.0), np.ones(4), np.array([1, 0, 0, 5]))
#case: raised_first(np.arange(4.0), np.ones(3), np.array([7]))
#case: raised_first(np.arange(4.0), np.ones(4), np.array([7]))
#case: raised_first(np.arange(4.0), np.ones(4), np.array([1, 2]))


def augmented(a, b):
    s = 0.5
    for i in range(3):
        w = a[i:] - b[: len(b) - i]
        s += np.sum(np.abs(w))
        q = a[i:] * b[i:]
        if q.sum() > 1.0:
            s -= 1.0
    return s


#case: augmented(np.linspace(0.0, 3.0, 11), np.linspace(1.0, -2.0, 11))
#case: augmented(np.linspace(0.0, 3.0, 11), np.linspace(1.0, -2.0, 10))
