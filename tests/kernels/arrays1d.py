"""1-D numpy arrays: element read/write, len, negative and out-of-range indices, in-place updates."""

#pythran export dot(float[], float[])
#pythran export axpy(float, float[], float[])
#pythran export fill_fib(int[])
#pythran export get(float[], int)
#pythran export put(int[], int, int)
#pythran export first_last(complex[])
#pythran export count_true(bool[])
#pythran export mark_positive(float64[:], bool[:])
#pythran export laplace_1d(float[], int)
#pythran export shifted(float[], float[], float[])
#pythran export poly_eval(float[], float[])
#pythran export cumsum_inplace(int64[])
#pythran export reverse(float[])
#pythran export zero_fill(float[])
#pythran export complex_norms(complex[], float[])
#pythran export length(int[])
#pythran export argmax(float[])


def dot(x, y):
    # seed 000's dsdot as a loop.
    s = 0.0
    for i in range(len(x)):
        s += x[i] * y[i]
    return s


#case: dot(np.ones(32), np.full(32, 3.0))
#case: dot(np.zeros(0), np.zeros(0))
#case: dot(np.array([1e308, 1e308]), np.array([10.0, -10.0]))
#case: dot(np.arange(5.0), np.arange(4.0))
#case: dot(np.arange(3.0), np.arange(5.0))
#typeerror: dot(np.zeros(3, dtype=np.int32), np.zeros(3))
#typeerror: dot(np.zeros(3, dtype=np.float32), np.zeros(3))
#typeerror: dot(np.zeros((2, 3)), np.zeros(3))
#typeerror: dot([1.0, 2.0], np.zeros(2))
#typeerror: dot(np.zeros(3, dtype=np.int64), np.zeros(3))
#typeerror: dot(np.zeros(3))


def axpy(a, x, y):
    for i in range(len(x)):
        y[i] += a * x[i]
    return y


#case: axpy(2.0, np.arange(4.0), np.ones(4))
#case: axpy(-0.5, np.zeros(0), np.zeros(0))
#case: axpy(1.0, np.arange(5.0), np.ones(3))


def fill_fib(F):
    # seed 002's nfibonacci, writing into a preallocated int array.
    a, b = 0, 1
    for i in range(len(F)):
        F[i] = a
        a, b = b, a + b
    return F


#case: fill_fib(np.zeros(10, dtype=np.int64))
#case: fill_fib(np.zeros(50, dtype=np.int64))
#case: fill_fib(np.zeros(0, dtype=np.int64))
#deviates: fill_fib(np.zeros(92, dtype=np.int64)) -> OverflowError


def get(a, i):
    return a[i]


#case: get(np.array([1.5, 2.5, 3.5]), 0)
#case: get(np.array([1.5, 2.5, 3.5]), -1)
#case: get(np.array([1.5, 2.5, 3.5]), -3)
#case: get(np.array([1.5, 2.5, 3.5]), 3)
#case: get(np.array([1.5, 2.5, 3.5]), -4)
#case: get(np.zeros(0), 0)
#case: get(np.array([1.5, 2.5, 3.5]), 2**62)


def put(a, i, v):
    a[i] = v
    a[-1] += 1
    return a[i]


#case: put(np.zeros(4, dtype=np.int64), 1, 7)
#case: put(np.zeros(4, dtype=np.int64), -2, -7)
#case: put(np.zeros(4, dtype=np.int64), -1, 5)
#case: put(np.zeros(4, dtype=np.int64), 4, 1)
#case: put(np.zeros(4, dtype=np.int64), -5, 1)


def first_last(z):
    return z[0], z[-1], len(z)


#case: first_last(np.array([1 + 1j, 2 - 2j, 3j]))
#case: first_last(np.zeros(0, dtype=np.complex128))


def count_true(m):
    c = 0
    for i in range(len(m)):
        if m[i]:
            c += 1
    return c


#case: count_true(np.array([True, False, True, True]))
#case: count_true(np.zeros(0, dtype=bool))


def mark_positive(x, out):
    for i in range(len(x)):
        out[i] = x[i] > 0
    return out


#case: mark_positive(np.array([-1.0, 0.0, 2.0, nan]), np.zeros(4, dtype=bool))


def laplace_1d(u, iters):
    # A 1-D version of seed 002's Laplace update (Gauss-Seidel, in place).
    n = len(u)
    for it in range(iters):
        for i in range(1, n - 1):
            u[i] = (u[i + 1] + u[i - 1]) * 0.5
    return u


#case: laplace_1d(np.array([1.0, 0.0, 0.0, 0.0, 0.0, 0.0]), 10)
#case: laplace_1d(np.array([1.0, 2.0]), 3)
#case: laplace_1d(np.array([1.0, 5.0, 0.0]), 0)


def shifted(a, b, c):
    # seed 002's numexpr counter-example c[i] = a[i-1] + a[i] * b[i]; i = 0 reads a[-1].
    for i in range(len(a)):
        c[i] = a[i - 1] + a[i] * b[i]


#case: shifted(np.arange(1.0, 6.0), np.full(5, 2.0), np.zeros(5))


def poly_eval(x, out):
    for i in range(len(x)):
        out[i] = 0.25*x[i]**3 + 0.75*x[i]**2 - 1.5*x[i] - 2


#case: poly_eval(np.linspace(-1, 1, 11), np.zeros(11))


def cumsum_inplace(a):
    for i in range(1, len(a)):
        a[i] += a[i - 1]
    return a


#case: cumsum_inplace(np.arange(10, dtype=np.int64))
#case: cumsum_inplace(np.array([-5], dtype=np.int64))


def reverse(a):
    n = len(a)
    for i in range(n // 2):
        t = a[i]
        a[i] = a[n - 1 - i]
        a[n - 1 - i] = t
    return a


#case: reverse(np.arange(5.0))
#case: reverse(np.arange(6.0))
#case: reverse(np.zeros(0))


def zero_fill(a):
    # An int written into a float array is stored as a float.
    for i in range(len(a)):
        a[i] = 0
    a[0] = len(a)
    return a


#case: zero_fill(np.arange(4.0))


def complex_norms(z, out):
    for i in range(len(z)):
        out[i] = abs(z[i]) + z[i].real - z[i].imag


#case: complex_norms(np.array([3 + 4j, -1j, 0j]), np.zeros(3))


def length(a):
    return len(a)


#case: length(np.zeros(0, dtype=np.int64))
#case: length(np.arange(7, dtype=np.int64))
#typeerror: length(np.arange(7, dtype=np.int32))
#typeerror: length(np.zeros(7))
#typeerror: length(7)


def argmax(a):
    best = 0
    for i in range(1, len(a)):
        if a[i] > a[best]:
            best = i
    return best


#case: argmax(np.array([1.0, 5.0, 5.0, -2.0]))
#case: argmax(np.array([nan, 1.0]))
