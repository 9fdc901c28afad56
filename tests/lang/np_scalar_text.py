"""numpy scalars shown as text: `repr(a[i])` is `np.float64(1.5)`, a list or tuple of numpy
scalars shows their reprs (`str([x])`, `print((y, z))`), `%r` too; `str()` and `print()` of a
float32 give float32's shortest digits (`0.1`), while `format(x, '')` and `f"{x}"` give the
widened float's (`0.10000000149011612`), as CPython with numpy does."""

import numpy as np


# export texts(float[], int[], complex[])
def texts(a, b, c):
    x = a[0]
    y = b[0]
    z = c[0]
    return [repr(x), repr(y), repr(z), str(x), str(y), str(z), str([x, a[1]]), str((y, z)),
            f"{x!r} {y!r} {z!r} {x} {x:.3f}", "%s %r %d %5.2f" % (x, y, y, x), str([(x, 1)]),
            repr([b[0], b[1]]), str((x,))]

#case: texts(np.array([1.5, -0.0]), np.array([3, -7]), np.array([1+2j, 0j]))
#case: texts(np.array([np.nan, np.inf]), np.array([0, 2**62]), np.array([complex(-0.0, -1.0), 2j]))
#case: texts(np.array([1e16, 1e-5]), np.array([-1, 1]), np.array([complex(1e16, 1e-5), 1]))


# export texts32(float32[], complex64[], int8[], uint8[])
def texts32(a, c, i, u):
    x = a[0]
    z = c[0]
    return [str(x), repr(x), f"{x}", format(x, ""), format(x, ".2f"), str(z), repr(z), f"{z}",
            str([x, x]), repr(i[0]), str((i[0], u[0])), "%s %r" % (x, z), str(i[0] + i[0])]

#case: texts32(np.array([0.1], dtype=np.float32), np.array([0.1+0.2j], dtype=np.complex64), np.array([-3], dtype=np.int8), np.array([250], dtype=np.uint8))
#case: texts32(np.array([16777216.0], dtype=np.float32), np.array([1e-5j], dtype=np.complex64), np.array([127], dtype=np.int8), np.array([0], dtype=np.uint8))
#case: texts32(np.array([1/3], dtype=np.float32), np.array([complex(1e6, -0.0)], dtype=np.complex64), np.array([-128], dtype=np.int8), np.array([255], dtype=np.uint8))


# export show(float[], float32[])
def show(a, b):
    print(a[0], b[0], [a[0]], (b[0], a[1]))
    print("%r|%s" % (a[0], b[0]))
    return len(a)

#case: show(np.array([0.1, 2.0]), np.array([0.1], dtype=np.float32))
