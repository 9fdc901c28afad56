"""`np.einsum` of one or two operands in the common spellings (matrix products, inner and
outer products, transposes, diagonals, traces, sums along axes; explicit `->` or numpy's
implicit output): each output element summed in increasing order of the summed labels, so
values agree with numpy's within rounding (numpy sums some spellings with several
accumulators); numpy's result types and ValueErrors for shapes that disagree."""

import numpy as np

# export mm(float[:, :], float[:, :])
# export mm(int[:, :], int[:, :])


def mm(a, b):
    return np.einsum("ij,jk->ik", a, b)


#case: mm(np.sin(np.arange(12.0)).reshape(3, 4), np.cos(np.arange(20.0)).reshape(4, 5))
#case: mm(np.arange(6).reshape(2, 3), np.arange(12).reshape(3, 4))
#case: mm(np.ones((2, 3)), np.ones((2, 3)))

# export dot1(float[], float[])


def dot1(a, b):
    return np.einsum("i,i->", a, b)


#case: dot1(np.linspace(0, 1, 101), np.linspace(1, 2, 101))
#case: dot1(np.zeros(0), np.zeros(0))
#case: dot1(np.ones(3), np.ones(4))

# export views(float[:, :], float[])


def views(m, v):
    t = np.einsum("ij->ji", m)
    d = np.einsum("ii->i", m[:3, :3])
    tr = np.einsum("ii", m[:3, :3])
    mv = np.einsum("ij,j->i", m, v)
    o = np.einsum("i,j->ij", v, v)
    s = np.einsum("ij->i", m)
    implicit = np.einsum("ij,jk", m, m.T)
    return t, d, tr, mv, o, s, implicit


#case: views(np.sin(np.arange(12.0)).reshape(3, 4), np.arange(4.0))

# export cplx(complex[], complex[])


def cplx(a, b):
    return np.einsum("i,i", a, b), np.einsum("i,j", a, b)


#case: cplx(np.array([1 + 2j, -1j, 3]), np.array([0.5, 2j, 1 - 1j]))
