"""`np.histogram` with equal bins: numpy's edges (`linspace`), each value's bin computed and
corrected against the edges as numpy does it (values on edges, the last edge inclusive,
values outside `range` left out), `density=True`, numpy's ValueErrors."""

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
