"""Freed large array buffers reused by the next arrays of the same size (runtime/src/support/
bufcache.rs): every case runs in the same process, one after the other, so a later case's
`np.zeros`/`np.zeros_like`/`np.full(…, 0)` may get the memory of an earlier case's temporary,
full of other values, and must still be all zeros; results of every dtype and size around the
cache's smallest block (128 KiB: 16384 float64) stay right when the same function runs again on
memory its previous call filled."""
import numpy as np

# export dirty(int)
# export dirty_c(int)
# export zeros_sum(int)
# export zeros_int(int)
# export zeros_c(int)
# export zeros_like_of(float[::])
# export zeros_like_2d(float[::, ::])
# export full_zero(int)
# export accumulate(int, int)
# export chain(float[::, ::])
# export many(int, int)
# export shrink_grow(int)


def dirty(n):
    # temporaries full of non-zero values, freed when the call returns
    a = np.full(n, 7.25)
    b = a * 3.0 - 1.0
    c = np.sqrt(b) + a
    return float(c[n // 2]) if n else 0.0


def dirty_c(n):
    a = np.full(n, 1.5 - 2.5j)
    b = a * a
    return complex(b[0]) if n else 0j


def zeros_sum(n):
    z = np.zeros(n)
    return float(z.sum()), int(np.count_nonzero(z))


def zeros_int(n):
    z = np.zeros(n, dtype=np.int64)
    z[0] += 1
    return int(z.sum()), int(np.count_nonzero(z))


def zeros_c(n):
    z = np.zeros(n, dtype=np.complex128)
    return complex(z.sum()), int(np.count_nonzero(z))


def zeros_like_of(x):
    y = x * 2.0
    z = np.zeros_like(y)
    return z


def zeros_like_2d(x):
    y = x * 2.0
    z = np.zeros_like(y)
    return z


def full_zero(n):
    z = np.full(n, 0.0)
    return int(np.count_nonzero(z))


def accumulate(n, rounds):
    acc = np.zeros(n)
    for r in range(rounds):
        t = np.full(n, float(r)) * 2.0
        acc += t
    return acc


def chain(x):
    a = x * x
    b = a + 1.0
    c = b * a - x
    return c - 0.5 * b * b


def many(n, k):
    out = 0.0
    for j in range(k):
        z = np.zeros(n)
        z[j % n] = j
        w = z * 2.0 + 1.0
        out += w.sum()
    return out


def shrink_grow(n):
    # the same byte size in another dtype: a float64 block reused as an int64 one
    a = np.ones(n) * 3.0
    b = np.zeros(n, dtype=np.int64)
    c = np.zeros(n, dtype=np.float32)
    return float(a.sum()), int(b.sum()), float(c.sum())


#case: dirty(16384)
#case: zeros_sum(16384)
#case: dirty(16384)
#case: zeros_int(16384)
#case: dirty(16384)
#case: zeros_c(8192)
#case: dirty_c(8192)
#case: zeros_c(8192)
#case: dirty(200000)
#case: zeros_sum(200000)
#case: full_zero(200000)
#case: dirty(16383)
#case: zeros_sum(16383)
#case: dirty(0)
#case: zeros_sum(0)
#case: zeros_like_of(np.arange(20000.0))
#case: zeros_like_of(np.arange(20000.0)[::2])
#case: zeros_like_2d(np.arange(40000.0).reshape(200, 200).T)
#case: accumulate(20000, 5)
#case: accumulate(20000, 0)
#case: chain(np.linspace(-3.0, 3.0, 90000).reshape(300, 300))
#case: chain(np.linspace(-3.0, 3.0, 90000).reshape(300, 300))
#case: chain(np.linspace(-3.0, 3.0, 90000).reshape(300, 300)[::-1, ::2])
#case: chain(np.full((300, 300), np.nan))
#case: many(20000, 6)
#case: many(20000, 0)
#case: shrink_grow(40000)
#case: shrink_grow(40000)
