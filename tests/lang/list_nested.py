"""Nested lists: matrices as lists of lists, built by comprehensions and appends."""

# export matmul(float list list, float list list)
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    c = [[0.0] * p for _ in range(n)]
    for i in range(n):
        for j in range(p):
            s = 0.0
            for k in range(m):
                s += a[i][k] * b[k][j]
            c[i][j] = s
    return c

#case: matmul([[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.0]])
#case: matmul([[1.0, 2.0, 3.0]], [[1.0], [0.5], [0.25]])

# export transpose(int list list)
def transpose(rows):
    return [[rows[i][j] for i in range(len(rows))] for j in range(len(rows[0]))]

#case: transpose([[1, 2, 3], [4, 5, 6]])

# export pascal(int)
def pascal(n):
    rows = []
    row = [1]
    for i in range(n):
        rows.append(row)
        row = [1] + [row[k] + row[k + 1] for k in range(len(row) - 1)] + [1]
    return rows

#case: pascal(6)
#case: pascal(0)
