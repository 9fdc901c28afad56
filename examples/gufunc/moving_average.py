"""Seed 001's `numba.guvectorize` moving average as a numpy gufunc: the export line gives the
loop's types and numpy's layout `(n),()->(n)`, and the compiled module's `mavg` is a real
`numpy.ufunc` that numpy calls for every row of a 2-D array (broadcasting the window, allocating
the output when none is passed). The body is the seed's, unchanged."""

# export gufunc mavg(float64[], int, float64[]) (n),()->(n)


def mavg(x, window_width, res):
    xsum = x[: window_width - 1].sum() + x[0]
    for i in range(window_width, len(x)):
        xsum += x[i] - x[i - window_width]
        res[i] = xsum / window_width
