"""np.meshgrid of one to four arrays, tolist() of 3-D and 4-D arrays, .real/.imag views of
complex64 and complex128 arrays (writes go through), .imag of real arrays (read-only zeros)."""

import numpy as np

# export mesh1(float[])
# export mesh2(float[], int[])
# export mesh3(float[], int[], float32[])
# export mesh4(int[], int[], int[], int[])
# export mesh_ij(float[], int[], float[])
# export tolists(float[:,:,:])
# export tolists(int8[:,:,:])
# export tolists(bool[:,::,:])
# export tolist4(complex[:,:,:,:])
# export parts64(complex64[:])
# export parts64_2d(complex64[:,::])
# export parts128(complex[:,:])
# export parts_owned(int)
# export real_of_real(float[:,:])
# export real_of_real(int32[:])
# export real_of_real(bool[:])
# export imag_write(float[])
# export np_parts(complex64[], int[])
# export np_real_view(complex[])
# export parts_dtypes(bool[], uint8[:,:], complex64[:,:,:])


def mesh1(x):
    (a,) = np.meshgrid(x)
    return a, np.meshgrid(x, indexing='ij')[0]


#case: mesh1(np.array([1.0, 2.0, 3.0]))


def mesh2(x, y):
    a, b = np.meshgrid(x, y)
    c, d = np.meshgrid(x, y, indexing='ij')
    return a, b, c, d


#case: mesh2(np.array([1.0, 2.0, 3.0]), np.array([4, 5]))
#case: mesh2(np.zeros(0), np.array([4, 5]))


def mesh3(x, y, z):
    a, b, c = np.meshgrid(x, y, z)
    return a, b, c, a.shape


#case: mesh3(np.array([1.0, 2.0]), np.array([4, 5, 6]), np.array([0.5, 1.5, 2.5, 3.5], dtype=np.float32))


def mesh4(w, x, y, z):
    a, b, c, d = np.meshgrid(w, x, y, z)
    e, f, g, h = np.meshgrid(w, x, y, z, indexing='ij')
    return a, b, c, d, e, f, g, h


#case: mesh4(np.array([1, 2]), np.array([3, 4, 5]), np.array([6]), np.array([7, 8]))


def mesh_ij(x, y, z):
    a, b, c = np.meshgrid(x, y, z, indexing='ij')
    return a + b + c, (a * c).sum()


#case: mesh_ij(np.array([1.0, 2.0]), np.array([4, 5, 6]), np.array([0.5, 1.5]))


def tolists(a):
    return a.tolist(), a[::-1].tolist()


#case: tolists(np.arange(24.0).reshape(2, 3, 4))
#case: tolists(np.zeros((2, 0, 3)))
#case: tolists(np.arange(24, dtype=np.int8).reshape(2, 3, 4))
#case: tolists(np.arange(24).reshape(2, 4, 3)[:, ::2, :] % 3 == 0)


def tolist4(a):
    return a.tolist()


#case: tolist4((np.arange(24.0) + 1j).reshape(1, 2, 3, 4))


def parts64(z):
    r = z.real
    i = z.imag
    s = r + 2 * i
    r[0] = 10.0
    i[-1] = -1.0
    return s, r, i, z, r.dtype == np.float32


#case: parts64(np.array([1 + 2j, 3 - 4j, 0.5j], dtype=np.complex64))


def parts64_2d(z):
    z.real[:, 1:] = 0.0
    z.imag[0] += 1.0
    return z.real.sum(), z.imag, z


#case: parts64_2d(np.arange(12, dtype=np.complex64).reshape(3, 4) * (1 + 1j))
#case: parts64_2d((np.arange(24, dtype=np.complex64).reshape(4, 6) * (1 - 2j))[::2, ::-2])


def parts128(z):
    z.imag[z.real > 2.0] = 7.0
    return z.real.T, z.imag, z


#case: parts128(np.arange(6.0).reshape(2, 3) + 0j)


def parts_owned(n):
    z = np.zeros(n, dtype=np.complex64)
    z.real[:] = 3.0
    im = z.imag
    im[1:] = 2.0
    return z, im


#case: parts_owned(3)


def real_of_real(a):
    r = a.real
    i = a.imag
    return r, i, i.dtype == a.dtype, np.real(a), np.imag(a)


#case: real_of_real(np.arange(6.0).reshape(2, 3))
#case: real_of_real(np.arange(4, dtype=np.int32))
#case: real_of_real(np.array([True, False]))


def imag_write(a):
    i = a.imag
    i[0] = 1.0
    return a


#case: imag_write(np.zeros(3))


def np_parts(z, k):
    return np.real(z) * 2, np.imag(z), np.real(k), np.imag(k), np.abs(z)


#case: np_parts(np.array([1 + 2j, 3 - 4j], dtype=np.complex64), np.array([5, -6]))


def np_real_view(z):
    r = np.real(z)
    r[0] = 9.0
    return z


#case: np_real_view(np.array([1 + 2j, 3 - 4j]))


def parts_dtypes(b, u8, c):
    x, y = np.meshgrid(b, u8[0])
    return (x, y, b.real, b.imag, u8.imag, np.imag(u8), c.tolist(), c.real.tolist(), c.imag[0],
            np.meshgrid(u8[0], b, c[0, 0], indexing='ij')[2])


#case: parts_dtypes(np.array([True, False]), np.array([[1, 2, 3], [4, 5, 6]], np.uint8), (np.arange(8) * (1 + 2j)).astype(np.complex64).reshape(2, 2, 2))
