"""Parallel loops with arrays private to each iteration (allocated in the loop body, so written
at any index) and `# omp critical` sections (one thread at a time) that update shared arrays:
the block histogram of Pythran's test suite and its variants."""

import numpy as np

# export block_hist(int[], int)
# export block_hist_float(float[], float[])
# export critical_rows(float[:, :], int)
# export critical_helper(int[], int)
# export private_copy(float[:, :])
# export critical_outside_loop(int[])
# export critical_error(int[], int)


def block_hist(data, nbins):
    hist = np.zeros(nbins, dtype=np.int64)
    # omp parallel for
    for j in range(0, len(data), 4):
        tmp = np.zeros(nbins, dtype=np.int64)
        for i in range(j, min(j + 4, len(data))):
            tmp[data[i] % nbins] += 1
        # omp critical
        hist += tmp
    return hist


#case: block_hist(np.arange(1000) * 7 + 3, 5)
#case: block_hist(np.zeros(0, dtype=np.int64), 3)
#case: block_hist(np.array([-1, -2, 5]), 4)
#case: block_hist(np.arange(10), 0)


def block_hist_float(data, edges):
    # pythran's _histogram: bins searched linearly, weights 1.0, the last edge inclusive
    nb = len(edges) - 1
    hist = np.zeros(len(edges))
    # omp parallel for private(j, tmp_hist, i, value, bin_idx)
    for j in range(0, len(data), 64):
        tmp_hist = np.zeros(len(edges))
        tmp_data = data[j:j + 64]
        for i in range(0, len(tmp_data)):
            value = tmp_data[i]
            if np.isnan(value) or not (edges[0] <= value <= edges[-1]):
                continue
            bin_idx = 0
            while bin_idx < nb and edges[bin_idx + 1] <= value:
                bin_idx += 1
            tmp_hist[bin_idx] += 1.0
        # omp critical
        hist += tmp_hist
    hist[-2] += hist[-1]
    return hist[:-1]


#case: block_hist_float(np.linspace(-1.0, 11.0, 5000), np.arange(0.0, 11.0))
#case: block_hist_float(np.array([np.nan, 0.5, 10.0, 3.0]), np.array([0.0, 1.0, 5.0, 10.0]))
#case: block_hist_float(np.zeros(0), np.array([0.0, 1.0]))


def critical_rows(m, k):
    # each iteration adds its row's running sums into a shared row, one thread at a time
    out = np.zeros(m.shape[1])
    # omp parallel for
    for r in range(m.shape[0]):
        acc = np.zeros(m.shape[1])
        for c in range(m.shape[1]):
            acc[(c + k) % m.shape[1]] = m[r, c] * 2.0
        # omp critical(rows)
        for c in range(m.shape[1]):
            out[c] += acc[c]
    return out


#case: critical_rows(np.arange(60.0).reshape(10, 6), 2)
#case: critical_rows(np.ones((0, 3)), 1)


def count_into(h, x):
    h[x % len(h)] += 1


def critical_helper(data, n):
    hist = np.zeros(n, dtype=np.int64)
    # omp parallel for
    for i in range(len(data)):
        # omp critical
        count_into(hist, data[i])
    return hist


#case: critical_helper(np.arange(3000), 7)
#case: critical_helper(np.array([5]), 0)


def private_copy(m):
    out = np.zeros(m.shape[0])
    # omp parallel for
    for r in range(m.shape[0]):
        row = m[r].copy()
        row[::2] = 0.0
        row[-1] += 1.0
        out[r] = row.sum()
    return out


#case: private_copy(np.arange(24.0).reshape(4, 6))
#case: private_copy(np.ones((3, 1)))


def critical_outside_loop(a):
    # a critical section outside any parallel loop simply runs
    b = np.zeros(2, dtype=np.int64)
    # omp critical
    b += a[:2]
    return b


#case: critical_outside_loop(np.array([3, 4, 5]))
#case: critical_outside_loop(np.array([3]))


def critical_error(data, d):
    # an error inside the critical section: the lowest failing iteration's error, the lock freed
    hist = np.zeros(3, dtype=np.int64)
    # omp parallel for
    for i in range(len(data)):
        # omp critical
        hist[0] += data[i] // (data[i] - d)
    return hist


#case: critical_error(np.arange(100), 50)
#case: critical_error(np.arange(100), 500)
