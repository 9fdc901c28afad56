"""Lists of numpy scalars of sized types (float32, int8, ..., as numpy's functions and a
float32 array's elements give them): appended, read, converted to arrays (numpy's dtype:
the scalars' own), summed and sorted as CPython does with them (scipy's siegelslopes shape)."""

import numpy as np

# export medians(float32[:])
# export medians(float64[:])
# export literal_list(float32[:])
# export list_ops(float32[:])
# export int8_list(int8[:])
# export slopes(float32[:], float32[:], str)


def medians(x):
    out = []
    for j in range(len(x)):
        out.append(np.median(x[j:]))
    return np.median(np.asarray(out)), out


#case: medians(np.arange(7, dtype=np.float32) / 3)
#case: medians(np.arange(7.0) / 3)
#case: medians(np.array([np.nan, 1, 2], dtype=np.float32))


def literal_list(x):
    out = [x[0], x[1]]
    out.append(x[2])
    a = np.array(out)
    return a, a.dtype == np.float32, out


#case: literal_list(np.array([0.1, 0.2, 0.3], dtype=np.float32))
#case: literal_list(np.array([1.0, 2.0], dtype=np.float32))


def list_ops(x):
    out = []
    for v in x:
        out.append(v * 2)
    s = sum(out)
    m = max(out)
    out.sort()
    return s, m, out, out[0] + 1, np.mean(np.array(out))


#case: list_ops(np.array([0.1, 3.5, -2.25, 1e-3], dtype=np.float32))
#case: list_ops(np.array([0.5], dtype=np.float32))


def int8_list(x):
    out = []
    for v in x:
        out.append(v + v)
    return out, np.array(out)


#case: int8_list(np.array([1, 100, -100, 7], dtype=np.int8))


def slopes(y, x, method):
    dx = np.expand_dims(x, 1) - x
    dy = np.expand_dims(y, 1) - y
    s, ic = [], []
    for j in range(len(x)):
        nz, = np.nonzero(dx[j, :])
        sj = dy[j, nz] / dx[j, nz]
        s.append(np.median(sj))
        if method == 'separate':
            z = y * x[j] - y[j] * x
            ic.append(np.median(z[nz] / dx[j, nz]))
    ms = np.median(np.asarray(s))
    if method == "separate":
        mi = np.median(np.asarray(ic))
    else:
        mi = np.median(y - ms * x)
    return ms, mi


#case: slopes(np.array([1.0, 2.5, 2.0, 4.5, 5.0], dtype=np.float32), np.array([0.0, 1.0, 2.0, 3.0, 4.5], dtype=np.float32), "separate")
#case: slopes(np.array([1.0, 2.5, 2.0, 4.5, 5.0], dtype=np.float32), np.array([0.0, 1.0, 2.0, 3.0, 4.5], dtype=np.float32), "hierarchical")
