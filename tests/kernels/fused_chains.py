"""Named element-wise temporaries fused into the statement that reads them (analysis/inline.rs,
`chains`): numpy-benchmarks' harris, `det = A * B - C * C; k = 0.05; return det - k * tr * tr`,
runs as one element loop. The same operations on the same operands per element: float bits
unchanged (the harness compares float bits), a value read twice computed twice; broadcast
errors, int overflow and float `** 2` overflow raised as before; and the chains that must stay
(a `try` in the function, an operation evaluated before the read, a read elsewhere)."""
import numpy as np

# export harris(float64[:, :])
# export harris_strided(float64[::, ::])
# export harris32(float32[:, :])
# export twice(float[], float[])
# export bcast(float[:, :], float[])
# export bcast_fail(float[], float[], float[])
# export ints(int64[], int)
# export int_scalar(int, int)
# export float_pow(float, float)
# export with_try(float[], float[])
# export op_first(float[], float[], float[])
# export read_elsewhere(float[], float[])
# export complex_chain(complex128[], complex128[])
# export in_loop(float[], int)
# export scalar_chain(float, float)


def harris(I):
    m, n = I.shape
    dx = (I[1:, :] - I[:m - 1, :])[:, 1:]
    dy = (I[:, 1:] - I[:, :n - 1])[1:, :]
    A = dx * dx
    B = dy * dy
    C = dx * dy
    tr = A + B
    det = A * B - C * C
    k = 0.05
    return det - k * tr * tr


def harris_strided(I):
    return harris(I)


def harris32(I):
    m, n = I.shape
    dx = (I[1:, :] - I[:m - 1, :])[:, 1:]
    dy = (I[:, 1:] - I[:, :n - 1])[1:, :]
    A = dx * dx
    B = dy * dy
    C = dx * dy
    tr = A + B
    det = A * B - C * C
    k = np.float32(0.05)
    return det - k * tr * tr


def twice(a, b):
    # read twice in the next statement: computed twice, the same value
    t = a * b - a
    return t * t + t


def bcast(m, v):
    t = v * 2.0 - 1.0
    u = m + t
    return u * u - t


def bcast_fail(a, b, c):
    # (3,) + (4,) fails where the temporary was computed: numpy's message for `a + b`
    t = a + b
    return t * c


def ints(a, k):
    t = a * k
    u = t + t * 3
    return u - a


def int_scalar(n, m):
    # Python ints: n * n overflows int64 (OverflowError) before anything else
    t = n * n
    return t + m * m


def float_pow(x, y):
    # `x ** 2` of a Python float raises OverflowError (x = 1e200)
    t = x ** 2
    return t - y ** 2


def with_try(a, b):
    try:
        t = a * b
        s = 1.0
        return t + s
    except ValueError:
        return a


def op_first(a, b, c):
    # `b * c` is evaluated before the read of t: t stays a temporary
    t = a + a
    return b * c + t


def read_elsewhere(a, b):
    t = a - b
    u = t * 2.0
    return u + t[0]


def complex_chain(a, b):
    d = a - b
    e = d * d
    return e + d * 1j


def in_loop(a, n):
    out = np.zeros(a.shape[0])
    for r in range(n):
        t = a * float(r)
        out = out + t * t
    return out


def scalar_chain(x, y):
    t = x * y
    return t * t - t


#case: harris(np.random.default_rng(0).standard_normal((64, 48)))
#case: harris(np.random.default_rng(1).standard_normal((512, 512)))
#case: harris(np.zeros((2, 2)))
#case: harris(np.zeros((1, 5)))
#case: harris(np.zeros((0, 3)))
#case: harris(np.array([[np.nan, 1.0, 2.0], [np.inf, -np.inf, 0.0], [1e200, -1e200, 3.0]]))
#case: harris_strided(np.random.default_rng(2).standard_normal((40, 60))[::-2, 1::3])
#case: harris_strided(np.random.default_rng(3).standard_normal((30, 20)).T)
#case: harris32(np.random.default_rng(4).standard_normal((33, 17)).astype(np.float32))
#case: twice(np.linspace(-2.0, 2.0, 101), np.linspace(3.0, -1.0, 101))
#case: twice(np.array([np.nan, 1e300, -0.0]), np.array([1.0, 1e10, 5.0]))
#case: twice(np.array([]), np.array([]))
#case: twice(np.arange(3.0), np.arange(4.0))
#case: bcast(np.arange(12.0).reshape(3, 4), np.linspace(0.1, 0.4, 4))
#case: bcast(np.arange(12.0).reshape(3, 4), np.linspace(0.1, 0.4, 3))
#case: bcast_fail(np.arange(3.0), np.arange(4.0), np.arange(5.0))
#case: bcast_fail(np.arange(3.0), np.arange(3.0), np.arange(5.0))
#case: bcast_fail(np.arange(3.0), np.arange(3.0), np.arange(3.0))
#case: ints(np.array([1, -2, 3, 2**62], dtype=np.int64), 3)
#case: ints(np.array([], dtype=np.int64), 3)
#case: int_scalar(3, 4)
#deviates: int_scalar(2**32, 4) -> OverflowError
#deviates: int_scalar(3, 2**32) -> OverflowError
#case: float_pow(3.0, 4.0)
#case: float_pow(1e200, 4.0)
#case: float_pow(3.0, 1e200)
#case: with_try(np.arange(3.0), np.arange(3.0))
#case: with_try(np.arange(3.0), np.arange(4.0))
#case: op_first(np.arange(3.0), np.arange(4.0), np.arange(5.0))
#case: op_first(np.arange(3.0), np.arange(3.0), np.arange(3.0))
#case: read_elsewhere(np.arange(3.0), np.arange(3.0) * 0.5)
#case: read_elsewhere(np.array([]), np.array([]))
#case: complex_chain(np.array([1 + 2j, np.nan + 0j, -3.5j]), np.array([0.5 - 1j, 2 + 0j, 1e300 + 1e300j]))
#case: in_loop(np.linspace(0.0, 1.0, 7), 4)
#case: in_loop(np.linspace(0.0, 1.0, 7), 0)
#case: scalar_chain(1.5, -2.25)
#case: scalar_chain(1e200, 1e200)
