"""`str(a)`, `repr(a)` and `print(a)` of arrays: numpy's own text (its `array2string`, asked of
numpy), for arrays made by compiled code, arguments and views of them, every dtype and rank."""

import numpy as np


# export texts(float[], int)
def texts(a, n):
    b = np.zeros(n) + 0.5
    return str(a), repr(a), str(b), repr(b[::2]), str(a.reshape(1, -1))

#case: texts(np.array([1.5, -0.0, nan, inf, 1e-9]), 3)
#case: texts(np.array([]), 0)
#case: texts(np.linspace(0, 1, 2000), 2)


# export int_texts(int[:,:], bool[])
def int_texts(m, k):
    return str(m), repr(m.T), str(k), repr(k), repr(m.astype(np.float32)), str(m * 1j)

#case: int_texts(np.arange(6).reshape(2, 3), np.array([True, False]))
#case: int_texts(np.zeros((0, 2), dtype=np.int64), np.array([], dtype=bool))


# export show(float[], int)
def show(a, n):
    print(a)
    print("row:", a[:n], np.arange(n))
    return n

#case: show(np.array([0.1, 2.0, 3.25]), 2)
