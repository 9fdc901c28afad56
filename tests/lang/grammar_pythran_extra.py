"""Export spellings Pythran accepts: a `:` ending the export (a `def` line's habit), and
`float128`/`longdouble`/`complex256` among the alternatives of an `or` (left out with a
warning: Rust has no exact long double, so such arguments raise TypeError)."""
import numpy as np


#pythran export total(float64[] or float128[] or float32[]):
def total(a):
    s = 0.0
    for v in a:
        s += float(v)
    return s

#case: total(np.array([1.0, 2.5, -4.0]))
#case: total(np.array([1.5, 2.0], dtype=np.float32))
#case: total(np.zeros(0))
#typeerror: total(np.ones(3, dtype=np.longdouble))


# pythran export scale(float or float128, float64[:, :] or float128[:, :] or complex256[:, :])  :
def scale(k, m):
    return k * m

#case: scale(2.0, np.arange(6.0).reshape(2, 3))
#case: scale(-0.5, np.ones((0, 2)))
#typeerror: scale(2.0, np.ones((2, 2), dtype=np.longdouble))
