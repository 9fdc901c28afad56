"""Sums and means of arrays holding NaNs of both signs: values compared here, the NaN's sign
(numpy's operand order in its pairwise sums) by `tests/test_nan_sum_sign.py`."""

import numpy as np

# export s1(float[:])
# export s1(float32[:])
def s1(a):
    return np.sum(a), np.mean(a), a.sum(), a.mean()

#case: s1(np.array([nan, -nan, 1.0]))
#case: s1(np.array([-nan, nan, 1.0, 2.0, -nan, 3.0, 4.0, 5.0, nan, 6.0]))
#case: s1(np.array([1.0, 2.0, inf, -inf]))
#case: s1(np.array([nan, -nan], dtype=np.float32))
#case: s1(np.zeros(0))

# export s_rows(float[:,:])
# export s_rows(float32[:,:])
def s_rows(a):
    return np.sum(a, axis=1), np.mean(a, axis=-1), np.sum(a)

#case: s_rows(np.array([[nan, -nan, 1.0], [-nan, 2.0, nan]]))
#case: s_rows(np.array([[nan, -nan, 1.0], [-nan, 2.0, nan]], dtype=np.float32))

# export s_cols(float[:,:])
# export s_cols(float32[:,:])
def s_cols(a):
    # numpy adds row after row (`out + x`, and `x + out` in the tail of its vector loop)
    return np.sum(a, axis=0), np.mean(a, axis=0), a.T.sum(axis=1), a[::2].sum(axis=0), a[:, ::2].sum(axis=0)

#case: s_cols(np.array([[nan, -nan, 1.0], [-nan, 2.0, nan]]))
#case: s_cols(np.array([[nan, -nan, 1.0], [-nan, 2.0, nan]], dtype=np.float32))
#case: s_cols(np.array([[inf, -nan], [-inf, nan], [nan, 1.0]]))
