"""Iterating over a 2-D or 3-D array gives its rows (views), also unpacked (`for x, y in pts`);
arrays whose annotation fixes extents (`float64[:,3]`, `float[3]`)."""
import numpy as np

# export row_sums(float64[:,:])
def row_sums(m):
    out = []
    for row in m:
        out.append(row.sum())
    return out

#case: row_sums(np.arange(12.0).reshape(3, 4))
#case: row_sums(np.zeros((0, 4)))

# export scale_rows(float64[:,:])
def scale_rows(m):
    k = 1.0
    for row in m:
        row *= k
        k += 1.0
    return m

#case: scale_rows(np.ones((3, 2)))

# export norms(float64[:,3])
def norms(pts):
    return [np.sqrt(np.sum(p ** 2)) for p in pts]

#case: norms(np.arange(9.0).reshape(3, 3))
#typeerror: norms(np.arange(8.0).reshape(2, 4))

# export unpack(int64[:,2])
def unpack(pairs):
    s = 0
    for a, b in pairs:
        s += a * 10 + b
    return s

#case: unpack(np.array([[1, 2], [3, 4]]))

# export fixed(float[3], int)
def fixed(v, k):
    return v[0] * k + v[2]

#case: fixed(np.array([1.0, 2.0, 3.0]), 2)
#typeerror: fixed(np.array([1.0, 2.0]), 2)

# export planes(float64[:,:,:])
def planes(c):
    t = 0.0
    for plane in c:
        for row in plane:
            t += row[0]
    return t

#case: planes(np.arange(24.0).reshape(2, 3, 4))

# export unpack_list(int list)
def unpack_list(xs):
    a, b, c = xs
    return a - b * c

#case: unpack_list([1, 2, 3])
#case: unpack_list([1, 2])
#case: unpack_list([1, 2, 3, 4])

# export first_row(float64[:,:])
def first_row(m):
    x, y = m[0]
    return x * y

#case: first_row(np.array([[2.0, 3.0], [4.0, 5.0]]))
#case: first_row(np.array([[2.0, 3.0, 4.0]]))


# export enumerate_rows(bool[][], bool[])
def enumerate_rows(db, out):
    # Pythran's check_mask, with the mask as an array: enumerate() over the rows
    mask = np.array([True, False, True])
    for idx, line in enumerate(db):
        target, vector = line[0], line[1:]
        if (mask == np.bitwise_and(mask, vector)).all():
            if target == 1:
                out[idx] = 1
    return out

#case: enumerate_rows(np.array([[0, 1, 1, 0], [1, 0, 1, 1], [1, 1, 1, 1]], dtype=bool), np.zeros(3, dtype=bool))
#case: enumerate_rows(np.zeros((0, 4), dtype=bool), np.zeros(0, dtype=bool))


# export zip_rows(float64[:,:], float64[:,:], int)
def zip_rows(a, b, start):
    # rows of two arrays side by side; rows written through; enumerate with a start
    total = []
    for k, (r, s) in enumerate(zip(a, b), start):
        r += s
        total.append((k, float(r.sum())))
    rows = list(a)
    return total, len(rows), [x[0] for x in rows], a

#case: zip_rows(np.arange(6.0).reshape(3, 2), np.ones((2, 2)), 5)
#case: zip_rows(np.zeros((0, 2)), np.zeros((0, 2)), -1)


# export planes_enumerated(int64[:,:,:])
def planes_enumerated(c):
    s = 0
    for k, plane in enumerate(c):
        for j, row in enumerate(plane):
            s += k * 100 + j * 10 + int(row.sum())
    return s

#case: planes_enumerated(np.arange(24).reshape(2, 3, 4))
