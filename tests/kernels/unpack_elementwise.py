"""`a, b = expr` of a 1-D element-wise array expression (codegen/numpy/unpack.rs,
`rt::support::fused::unpack`): numpy-benchmarks' wave, `dx, dy = cpos[i] - cpos[i - 1]`, computes
the two elements into a stack array instead of a fresh 2-element array. The same operation per
element (the harness compares float bits), every element computed before any target is written,
broadcasting, strided/reversed/transposed operands, and CPython's ValueError when the length is
not the target count (after the expression's own errors: a broadcast error first)."""
import numpy as np

# export rows(float64[:, :])
# export rows_strided(float64[::, ::])
# export two(float64[::], float64[::])
# export three(float64[::], float)
# export f32(float32[], float32[])
# export cplx(complex128[], complex128[])
# export ints(int64[], int64[])
# export int_pow(int64[], int64[])
# export cmp(float64[], float64[])
# export ufunc(float64[::])
# export swap_into(float64[])
# export bcast(float64[], float64[])
# export one(float64[])


def rows(c):
    s = 0.0
    t = 0.0
    for i in range(1, c.shape[0]):
        dx, dy = c[i] - c[i - 1]
        d = np.sqrt(dx ** 2 + dy ** 2)
        s += d
        t += dx * dy
    return s, t


#case: rows(np.array([[0.0, 0.0], [3.0, 4.0], [1.5, -2.25], [1e300, 1e-300]]))
#case: rows(np.array([[0.1, 0.2], [0.3, 0.7], [np.nan, 1.0], [-np.inf, 2.0]]))
#case: rows(np.zeros((0, 2)))
#case: rows(np.zeros((1, 2)))
#case: rows(np.arange(15.0).reshape(5, 3) / 7)
#case: rows(np.arange(5.0).reshape(5, 1))
#case: rows(np.arange(10.0).reshape(5, 2).T.copy())
def rows_strided(c):
    return rows(c)


#case: rows_strided(np.arange(20.0).reshape(5, 4)[::-1, ::2] / 3)
#case: rows_strided((np.arange(10.0).reshape(2, 5) / 3).T)
#case: rows_strided(np.arange(30.0).reshape(5, 6)[:, 1::2] * 0.1)
#case: rows_strided(np.arange(12.0).reshape(6, 2)[::2, ::-1])
def two(x, y):
    a, b = x - y
    return a, b


#case: two(np.array([0.1, 0.2]), np.array([0.3, -0.7]))
#case: two(np.array([0.1, 0.2, 0.3]), np.array([0.3, -0.7, 1.0]))
#case: two(np.array([0.1]), np.array([0.3]))
#case: two(np.zeros(0), np.zeros(0))
#case: two(np.array([0.1, 0.2]), np.array([0.3]))
#case: two(np.array([0.1]), np.array([0.3, 0.5]))
#case: two(np.array([0.1, 0.2]), np.array([0.3, 0.5, 0.7]))
#case: two(np.array([0.1, 0.2, 0.3, 0.4])[::-2], np.array([1.0, 2.0, 3.0])[1:])
#case: two(np.array([np.nan, -0.0]), np.array([np.inf, 0.0]))
def three(x, k):
    a, b, c = x * k + 1.0 / 3.0
    return c, b, a


#case: three(np.array([0.1, 0.2, 0.3]), 3.0)
#case: three(np.array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6])[::2], -1e308)
#case: three(np.array([0.1, 0.2]), 3.0)
#case: three(np.array([0.1, 0.2, 0.3, 0.4]), 3.0)
def f32(x, y):
    a, b = x * y + x
    return a, b


#case: f32(np.array([0.1, 0.2], np.float32), np.array([3.3, 1e30], np.float32))
#case: f32(np.array([0.1, 0.2, 0.3], np.float32), np.array([3.3, 1e30, 0.0], np.float32))
def cplx(x, y):
    a, b = x * y
    return a, b


#case: cplx(np.array([1 + 2j, 0.5 - 1j]), np.array([3 - 1j, 1e308 + 1e308j]))
#case: cplx(np.array([1 + 2j]), np.array([3 - 1j]))
def ints(x, y):
    a, b = x * y + 1
    return a, b


#case: ints(np.array([3, -4]), np.array([5, 7]))
#case: ints(np.array([2**62, 3]), np.array([4, 2**61]))
#case: ints(np.array([3, -4, 1]), np.array([5, 7, 1]))
def int_pow(x, y):
    a, b = x ** y
    return a, b


#case: int_pow(np.array([3, -4]), np.array([5, 7]))
#case: int_pow(np.array([3, -4]), np.array([5, -1]))
#case: int_pow(np.array([3, -4, 2]), np.array([-5, 1, 1]))
#case: int_pow(np.array([3, -4, 2]), np.array([5, 1, 1]))
def cmp(x, y):
    p, q = x > y
    return p, q


#case: cmp(np.array([1.0, np.nan]), np.array([0.0, 0.0]))
#case: cmp(np.array([1.0]), np.array([0.0]))
def ufunc(x):
    a, b = np.sqrt(x)
    return a, b


#case: ufunc(np.array([2.0, -1.0]))
#case: ufunc(np.array([2.0, 3.0, 4.0])[::-2])
#case: ufunc(np.array([2.0, 3.0, 4.0]))
def swap_into(v):
    v[0], v[1] = v[::-1] * 1.0
    return v


#case: swap_into(np.array([1.0, 2.0]))
#case: swap_into(np.array([1.0, 2.0, 3.0]))
def bcast(x, y):
    a, b = x[:, None] * y
    return a, b


#case: bcast(np.array([2.0]), np.array([3.0, 5.0]))
#case: bcast(np.array([2.0, 4.0]), np.array([3.0]))
#case: bcast(np.array([2.0, 4.0]), np.array([3.0, 5.0]))
def one(x):
    a, = x + 1.0
    return a


#case: one(np.array([2.5]))
#case: one(np.array([2.5, 1.0]))
#case: one(np.zeros(0))
