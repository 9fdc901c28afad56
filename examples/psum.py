"""A parallel reduction: sum, sum of squares and maximum of a vector in one pass. The
accumulators are recognised as reductions from the code; the clause only confirms it."""

# (reduction variables of parallel loops stay Python numbers where CPython's serial loop
# gives numpy scalars: a documented deviation, values compared)
#parallel-reductions-are-python-numbers

# export moments(float[])


def moments(x):
    s = 0.0
    s2 = 0.0
    m = -1e308
    # pyrs parallel for reduction(+:s,s2) reduction(max:m)
    for i in range(len(x)):
        v = x[i]
        s += v
        s2 += v * v
        m = max(m, v)
    return s, s2, m

#case: moments(np.array([1.0, 2.0, 3.5, -4.0]))
#case: moments(np.linspace(0.5, 1.0, 1001))
#case: moments(np.zeros(0))

#setup: x = np.random.RandomState(1).uniform(0, 20.0, 10**7)
#quick-setup: x = np.random.RandomState(1).uniform(0, 20.0, 10**4)
#run: moments(x)
