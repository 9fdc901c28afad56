"""A parallel loop inside a `try` block: an error in an iteration reaches the handler."""

# (reduction variables of parallel loops stay Python numbers where CPython's serial loop
# gives numpy scalars: a documented deviation, values compared)
#parallel-reductions-are-python-numbers

# export sum_or_flag(float[:], int[:])


def sum_or_flag(x, idx):
    s = 0.0
    try:
        # omp parallel for reduction(+:s)
        for i in range(len(idx)):
            s += x[idx[i]]
    except IndexError:
        s = -1.0
    return s


#case: sum_or_flag(np.arange(10.0), np.array([0, 3, 9, 9]))
#case: sum_or_flag(np.arange(10.0), np.array([0, 3, 10, 9]))
#case: sum_or_flag(np.arange(10.0), np.zeros(0, dtype=np.int64))
