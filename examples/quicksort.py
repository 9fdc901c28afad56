"""Julia's micro-benchmark `quicksort`: recursive in-place sort of a float array."""

import numpy as np

# export qsort_kernel(float[], int, int)
# export sort_copy(float[])


def qsort_kernel(a, lo, hi):
    i = lo
    j = hi
    while i < hi:
        pivot = a[(lo+hi) // 2]
        while i <= j:
            while a[i] < pivot:
                i += 1
            while a[j] > pivot:
                j -= 1
            if i <= j:
                a[i], a[j] = a[j], a[i]
                i += 1
                j -= 1
        if lo < j:
            qsort_kernel(a, lo, j)
        lo = i
        j = hi
    return a


def sort_copy(a):
    b = a.copy()
    qsort_kernel(b, 0, len(b) - 1)
    return b

#case: qsort_kernel(np.array([3.0, 1.0, 2.0, 5.0, 4.0]), 0, 4)
#case: qsort_kernel(np.array([1.0]), 0, 0)
#case: qsort_kernel(np.array([2.0, 2.0, 1.0, 1.0]), 0, 3)
#case: sort_copy(np.array([9.5, -1.0, 3.25, 0.0, -7.5, 3.25]))
#case: sort_copy(np.sin(np.arange(100.0)))

#setup: import numpy as np
#setup: a = np.random.default_rng(2).random(5000)
#quick-setup: import numpy as np
#quick-setup: a = np.random.default_rng(2).random(500)
#run: sort_copy(a)
