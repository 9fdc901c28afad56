"""`np.histogram` with equal bins: numpy's edges (`linspace`), each value's bin computed and
corrected against the edges as numpy does it (values on edges, the last edge inclusive,
values outside `range` left out), `density=True`, numpy's ValueErrors. `weights=` (float64:
sums per bin a block of 65,536 values at a time; int64: each block's float64 sums cast back),
edges given as an array or a list (numpy's sorted cumulative counts: the last edge inclusive, the
edges returned in their own dtype; weights as differences of running sums), `density` of both."""

import numpy as np

# export hist(float[])
# export hist(int[:, :])


def hist(a):
    return np.histogram(a)


#case: hist(np.sin(np.arange(1000.0)))
#case: hist(np.arange(11.0))
#case: hist(np.array([2.5, 2.5]))
#case: hist(np.zeros(0))
#case: hist(np.array([1.0, np.nan]))
#case: hist(np.array([1.0, np.inf]))
#case: hist(np.arange(-7, 17).reshape(4, 6))
#case: hist(np.full((2, 2), 3))

# export hist_bins(float[], int)


def hist_bins(a, n):
    counts, edges = np.histogram(a, bins=n)
    return counts, edges


#case: hist_bins(np.cos(np.arange(5000.0)) * 1e3, 37)
#case: hist_bins(np.linspace(0, 1, 101), 10)
#case: hist_bins(np.linspace(0, 1, 101), 3)
#case: hist_bins(np.linspace(0, 1, 101), 0)
#case: hist_bins(np.array([0.0, 1e-300]), 10**6)

# export hist_range(float[], int, float, float)


def hist_range(a, n, lo, hi):
    return np.histogram(a, n, (lo, hi))


#case: hist_range(np.linspace(-3, 3, 1001), 12, -1.0, 2.0)
#case: hist_range(np.linspace(-3, 3, 1001), 12, 2.0, 2.0)
#case: hist_range(np.linspace(-3, 3, 1001), 12, 3.0, 2.0)
#case: hist_range(np.linspace(-3, 3, 1001), 12, -np.inf, 2.0)

# export hist_density(float[])


def hist_density(a):
    return np.histogram(a, bins=7, density=True)


#case: hist_density(np.sqrt(np.arange(300.0)))

#case: hist_density(np.array([1.0, 1.0, 2.0]))
#case: hist_density(np.zeros(0))

# export hist_w(float[], int, float[], bool)
# export hist_w(int[:, :], int, float[:, :], bool)
# export hist_w(float[], int, int[], bool)
# export hist_w(float[], int, float[:, :], bool)


def hist_w(a, n, w, dens):
    return np.histogram(a, bins=n, weights=w)


# export hist_wd(float[], int, float[])
# export hist_wd(float[], int, int[])


def hist_wd(a, n, w):
    return np.histogram(a, n, weights=w, density=True)


#case: hist_wd(np.sin(np.arange(1000.0)), 13, np.cos(np.arange(1000.0)))
#case: hist_wd(np.sin(np.arange(200000.0)), 29, np.cos(np.arange(200000.0)) * 1e3)
#case: hist_wd(np.arange(10.0), 4, np.arange(10) * 3 - 7)


#case: hist_w(np.sin(np.arange(1000.0)), 13, np.cos(np.arange(1000.0)), False)
#case: hist_w(np.sin(np.arange(200000.0)), 29, np.cos(np.arange(200000.0)) * 1e3, False)
#case: hist_w(np.arange(-7, 17).reshape(4, 6), 5, np.linspace(-1, 1, 24).reshape(4, 6), False)
#case: hist_w(np.arange(10.0), 4, np.arange(10) * 3 - 7, False)
#case: hist_w(np.arange(10.0), 4, np.ones(9), False)
#case: hist_w(np.arange(10.0), 4, np.ones((2, 5)), False)
#case: hist_w(np.arange(10.0), 0, np.ones(9), False)
#case: hist_w(np.zeros(0), 3, np.zeros(0), False)

# export hist_wr(float[], float[], float, float)


def hist_wr(a, w, lo, hi):
    return np.histogram(a, 6, (lo, hi), False, w)


#case: hist_wr(np.linspace(-3, 3, 1001), np.linspace(0, 1, 1001) ** 2, -1.0, 2.0)
#case: hist_wr(np.linspace(-3, 3, 1001), np.linspace(0, 1, 1001) ** 2, 3.0, 2.0)

# export hist_edges(float[], float[])
# export hist_edges(float[], int[])
# export hist_edges(int[], int[])
# export hist_edges(int[:, :], float[])
# export hist_edges(float[], float list)
# export hist_edges(int[], int list)


def hist_edges(a, e):
    return np.histogram(a, e)


#case: hist_edges(np.sin(np.arange(1000.0)) * 3, np.array([-2.0, -0.5, 0.0, 0.5, 1.0, 2.5]))
#case: hist_edges(np.array([0.0, 1.0, 1.0, 2.0, 3.0, np.nan, 3.0]), np.array([0.0, 1.0, 3.0]))
#case: hist_edges(np.array([0.0, 1.0, 1.0, 2.0, 3.0]), np.array([0, 1, 3]))
#case: hist_edges(np.arange(-5, 20), np.array([-10, 0, 3, 3, 7, 19]))
#case: hist_edges(np.arange(-5, 20).reshape(5, 5), np.array([-1.5, 0.5, 7.25]))
#case: hist_edges(np.arange(10.0), [1.0, 2.5, 9.0])
#case: hist_edges(np.arange(10), [8, 2, 9])
#case: hist_edges(np.arange(10), [5])
#case: hist_edges(np.arange(10.0), np.zeros(0))
#case: hist_edges(np.cos(np.arange(150000.0)), np.linspace(-1, 1, 17))

# export hist_edges_w(float[], float[], float[], bool)
# export hist_edges_w(float[], int[], int[], bool)


def hist_edges_w(a, e, w, dens):
    return np.histogram(a, e, weights=w)


# export hist_edges_wd(float[], float[], float[])
# export hist_edges_wd(float[], int[], int[])


def hist_edges_wd(a, e, w):
    return np.histogram(a, e, weights=w, density=True)


#case: hist_edges_wd(np.sin(np.arange(1000.0)) * 3, np.array([-2.0, -0.5, 0.0, 0.5, 1.0, 2.5]), np.cos(np.arange(1000.0)))
#case: hist_edges_wd(np.arange(10.0), np.array([0, 4, 9]), np.arange(10) - 3)


#case: hist_edges_w(np.sin(np.arange(1000.0)) * 3, np.array([-2.0, -0.5, 0.0, 0.5, 1.0, 2.5]), np.cos(np.arange(1000.0)), False)
#case: hist_edges_w(np.cos(np.arange(150000.0)), np.linspace(-1, 1, 17), np.sin(np.arange(150000.0)) * 1e3, False)
#case: hist_edges_w(np.arange(10.0), np.array([0, 4, 9]), np.arange(10) - 3, False)
#case: hist_edges_w(np.arange(10.0), np.array([0, 4, 9]), np.arange(9), False)
#case: hist_edges_w(np.arange(10.0), np.array([0, 9, 4]), np.arange(10), False)
