"""`try`, `break` and `continue` inside loops whose bounds checks are hoisted."""
import numpy as np

# export scan(float[], float[])
def scan(x, out):
    n = 0
    for i in range(1, len(x)):
        try:
            if x[i] < 0:
                break
            if x[i] == 0:
                continue
            out[i] = x[i] / x[i - 1]
            n += 1
        except ZeroDivisionError:
            out[i] = -1.0
    return n

#case: scan(np.array([1.0, 2.0, 0.0, 4.0, -1.0, 5.0]), np.zeros(6))
#case: scan(np.array([0.0, 2.0, 3.0]), np.zeros(3))
#case: scan(np.array([1.0, 2.0, 3.0]), np.zeros(2))
