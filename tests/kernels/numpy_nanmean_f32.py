"""`np.nanmean` of float32 arrays: numpy's float32 sum of the copy with NaN as 0, divided by
the count in float64 and rounded to float32; whole arrays and along an axis, all-NaN lanes
(NaN), empty arrays, transposed views."""

import numpy as np

# export nanmean32(float32[])
# export nanmean32_axis(float32[:,:], int)
# export nanmean32_view(float32[:,::])


def nanmean32(a):
    return np.nanmean(a), np.nanmean(a, axis=0), np.nanmean(a * 2)


#case: nanmean32(np.array([1.5, nan, 0.1, 3.25, nan], dtype=np.float32))
#case: nanmean32(np.array([nan, nan], dtype=np.float32))
#case: nanmean32(np.array([], dtype=np.float32))
#case: nanmean32(np.array([3.4e38, 3.4e38, nan], dtype=np.float32))
#case: nanmean32(np.linspace(0, 1, 1001).astype(np.float32))


def nanmean32_axis(m, k):
    return np.nanmean(m, axis=k), np.nanmean(m)


#case: nanmean32_axis(np.array([[1.0, nan, 0.3], [nan, nan, nan], [0.1, 0.2, 0.7]], dtype=np.float32), 0)
#case: nanmean32_axis(np.array([[1.0, nan, 0.3], [nan, nan, nan], [0.1, 0.2, 0.7]], dtype=np.float32), 1)
#case: nanmean32_axis(np.array([[1.0, nan, 0.3], [nan, nan, nan], [0.1, 0.2, 0.7]], dtype=np.float32), -3)
#case: nanmean32_axis(np.zeros((0, 2), dtype=np.float32), 0)


def nanmean32_view(m):
    return np.nanmean(m, axis=0), np.nanmean(m.T, axis=1), np.nanmean(m)


#case: nanmean32_view(np.array([[1.0, nan, 0.3, 5.5], [nan, 0.25, nan, 1.0]], dtype=np.float32)[:, ::2])
#case: nanmean32_view(np.array([[1.0, nan, 0.3, 5.5], [nan, 0.25, nan, 1.0]], dtype=np.float32).T)
