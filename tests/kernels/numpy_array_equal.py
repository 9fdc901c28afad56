"""np.array_equal: False for different shapes (no broadcasting) or ranks, element-wise `==` in
numpy's common type (int with float, float32 with float64, complex), `equal_nan=` (NaN at the
same places, a complex NaN in either part), empty arrays, views; a Python bool."""

import numpy as np

# export eq(float[:], float[:])
# export eq(int[:], float[:])
# export eq(float32[:], float[:])
# export eq(complex[:], complex[:])
# export eq(bool[:], bool[:])
def eq(a, b):
    return np.array_equal(a, b), np.array_equal(a, b, equal_nan=True), np.array_equal(b, a, True)

#case: eq(np.array([1.0, 2.0]), np.array([1.0, 2.0]))
#case: eq(np.array([1.0, 2.0]), np.array([1.0, 2.5]))
#case: eq(np.array([1.0, nan]), np.array([1.0, nan]))
#case: eq(np.array([nan, 1.0]), np.array([1.0, nan]))
#case: eq(np.array([1.0]), np.array([1.0, 1.0]))
#case: eq(np.array([0.0]), np.array([-0.0]))
#case: eq(np.zeros(0), np.zeros(0))
#case: eq(np.array([3, -1]), np.array([3.0, -1.0]))
#case: eq(np.array([2**53 + 1]), np.array([2.0**53]))
#case: eq(np.array([0.1, nan], dtype=np.float32), np.array([0.1, nan]))
#case: eq(np.array([0.5, nan], dtype=np.float32), np.array([0.5, nan]))
#case: eq(np.array([complex(1, nan), 2j]), np.array([complex(nan, 0), 2j]))
#case: eq(np.array([True, False]), np.array([True, False]))

# export eq2(float[:,::], float[:])
def eq2(m, v):
    return np.array_equal(m, v), np.array_equal(m[0], v), np.array_equal(m.T, m), np.array_equal(m, m.copy())

#case: eq2(np.array([[1.0, 2.0], [2.0, 1.0]]), np.array([1.0, 2.0]))
#case: eq2(np.array([[1.0, 2.0], [3.0, 1.0]])[:, ::-1], np.array([2.0, 1.0]))
#case: eq2(np.zeros((0, 2)), np.zeros(2))
