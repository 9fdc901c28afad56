"""Export grammar: array types of 1 to 4 dimensions, contiguous and strided."""
import numpy as np

# export total1(float[])
# export total2(float[][])
# export total3(float[:,:,:])
# export total4(float[:,:,:,:])
def total1(a):
    return a.sum()

def total2(a):
    return a.sum()

def total3(a):
    return a.sum()

def total4(a):
    return a.sum()

#case: total1(np.arange(5.0))
#case: total2(np.ones((2, 3)))
#case: total3(np.ones((2, 3, 4)))
#case: total4(np.ones((2, 1, 3, 2)))
#typeerror: total1(np.ones((2, 3)))
#typeerror: total2(np.arange(5.0))

# export strided_sum(int[::])
def strided_sum(a):
    s = 0
    for i in range(len(a)):
        s += a[i]
    return s

#case: strided_sum(np.arange(10))
#case: strided_sum(np.arange(10)[::3])
#case: strided_sum(np.arange(10)[::-2])
#typeerror: strided_sum(np.arange(10.0))

# export colsum(float[:,:])
def colsum(a):
    n, m = a.shape
    out = np.zeros(m)
    for i in range(n):
        for j in range(m):
            out[j] += a[i, j]
    return out

#case: colsum(np.arange(6.0).reshape(2, 3))
#case: colsum(np.zeros((0, 3)))
