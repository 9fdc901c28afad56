"""Hoisted bounds checks and `try` blocks: a nested range loop inside a `try` in a range loop
is proven by the outer loop's test; a subscript out of bounds still raises in the `try` and
reaches its handler. A subscript as the target of a `for` is a write the test covers."""

# export row_sums(float[:, :], float[:], int)
# export fill_targets(float[:], float[:])


def row_sums(a, out, n):
    for i in range(a.shape[0]):
        try:
            for j in range(n):
                out[i] += a[i, j]
        except IndexError:
            out[i] = -1.0
    return out


#case: row_sums(np.arange(12.0).reshape(3, 4), np.zeros(3), 4)
#case: row_sums(np.arange(12.0).reshape(3, 4), np.zeros(3), 5)
#case: row_sums(np.arange(12.0).reshape(3, 4), np.zeros(2), 4)
#case: row_sums(np.zeros((0, 4)), np.zeros(0), 4)


def fill_targets(a, b):
    for i in range(len(a)):
        for b[i] in range(3):
            a[i] += b[i]
    return a, b


#case: fill_targets(np.zeros(4), np.zeros(4))
#case: fill_targets(np.zeros(4), np.zeros(2))
