"""The destination view of a store `a[i] = v` / `a[i] op= v` (`Body::store_view_of`): its base
borrowed from the local `a` for the statement (no reference count taken, `view_borrowed`)
when the value runs no code of the file; else a counted view. Rows of a local array, of a
parameter and of a view variable, updated in loops (wave's `force[i - 1] -= fvec`), overlapping
stores (`a[1:] = a[:-1]`, computed before written), values calling a helper of the file that
returns or rebinds arrays, stores into read-only arrays (ValueError), out-of-range rows
(IndexError), and the arrays returned afterwards."""

import numpy as np


# export rows(float[:,:], int)
def rows(p, n):
    force = np.zeros((n, 2))
    for i in range(1, n):
        fvec = np.array([p[i, 0] - p[i - 1, 0], p[i, 1] * 2.0])
        force[i - 1] -= fvec
        force[i] += fvec
    force[0] = 0.0, 1.5
    force[-1] = force[0]
    return force


#case: rows(np.arange(12.0).reshape(6, 2), 6)
#case: rows(np.arange(12.0).reshape(6, 2), 1)
#case: rows(np.arange(12.0).reshape(6, 2), 7)


# export param_rows(float[:,:], float[:])
def param_rows(a, v):
    for i in range(a.shape[0]):
        a[i] += v * i
        a[i, 1:] = -a[i, :-1]
    return a


#case: param_rows(np.ones((3, 3)), np.array([1.0, 2.0, 3.0]))
#case: param_rows(np.ones((3, 2)), np.array([1.0, 2.0, 3.0]))
#case: param_rows(np.ones((0, 3)), np.array([1.0, 2.0, 3.0]))


# export view_var(float[:,:])
def view_var(a):
    t = a.T
    t[0] *= 2.0
    t[1:] = t[:-1]
    b = t
    b[0, 0] = 9.0
    return a, t


#case: view_var(np.arange(6.0).reshape(3, 2))


# export overlap(int[:])
def overlap(a):
    a[1:] = a[:-1]
    a[::2] += a[1::2]
    return a


#case: overlap(np.arange(7))
#case: overlap(np.arange(1))


def bump(x):
    x[0] += 100.0
    return np.zeros(2) + 1.0


def fresh(n):
    return np.arange(n * 2.0)


# export helper_values(float[:,:])
def helper_values(a):
    out = np.zeros((3, 2))
    for i in range(3):
        out[i] += bump(out[i])
        out[i] = fresh(1) + out[i]
    return out


#case: helper_values(np.zeros((2, 2)))


# export bad_row(float[:,:], int)
def bad_row(a, i):
    a[i] += 1.0
    return a


#case: bad_row(np.zeros((2, 2)), 1)
#case: bad_row(np.zeros((2, 2)), -3)
#case: bad_row(np.zeros((2, 2)), 2)


# export read_only(float[:], float)
def read_only(x, v):
    b = np.broadcast_to(x, (2, x.shape[0]))
    b[0] += v
    return b


#case: read_only(np.array([1.0, 2.0]), 1.0)
