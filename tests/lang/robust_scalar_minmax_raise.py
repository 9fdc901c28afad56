"""Two items of the robustness issue: `np.minimum`/`np.maximum` of two Python scalars (numpy's float64 or
int64, its NaN and signed-zero choice), and a helper that always raises (typed None for its callers,
its exception passing through `return fail(n)`)."""
import numpy as np


# export mm(float, float)
def mm(x, y):
    return np.minimum(x, y), np.maximum(x, y)


# export mmi(int, int, bool)
def mmi(a, b, c):
    return np.minimum(a, b), np.maximum(a, b), np.maximum(c, a), np.minimum(a, 2.5)

#case: mm(1.5, -2.0)
#case: mm(0.0, -0.0)
#case: mm(-0.0, 0.0)
#case: mm(float('nan'), 1.0)
#case: mm(1.0, float('nan'))
#case: mmi(3, -7, True)
#case: mmi(-1, 8, False)


def fail(n):
    raise ValueError('bad ' + str(n))


# export always(int)
def always(n):
    if n > 100:
        return fail(n)
    return n


# export direct(int)
def direct(n):
    fail(n)

#case: always(3)
#case: always(300)
#case: direct(1)
