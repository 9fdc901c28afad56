"""Parallel loops: every case runs on CPython (serial) and compiled (parallel); the
test_parallel.py tests also compare with a serial build of this file."""

# (reduction variables of parallel loops stay Python numbers where CPython's serial loop
# gives numpy scalars: a documented deviation, values compared)
#parallel-reductions-are-python-numbers

import math

# export fill_squares(float[])
# export first_error(float[], int[])
# export count_positive(int[])
# export skip_odd(int[], int[])
# export nested_rows(float[], int, float[])
# export with_helper(float[], float[])
# export static_chunks(int[])
# export dynamic_chunks(int[])
# export product_and_bits(int[])
# export min_max(float[])
# export two_threads(float[])
# export shift_rows(float[::, ::], float[:,:], int, int)
# export shift_sum(int[], int)
# export shift_window(float[], int, int, float[::])


def fill_squares(out):
    # pyrs parallel for
    for i in range(len(out)):
        out[i] = i * i * 0.5


#case: fill_squares(np.zeros(1000))
#case: fill_squares(np.zeros(0))


def first_error(x, idx):
    # iteration 3 raises IndexError, iteration 700 ZeroDivisionError: the lowest one wins
    total = 0.0
    # omp parallel for reduction(+:total)
    for i in range(len(idx)):
        total += x[idx[i]] + 1.0 / (int(idx[i]) - 5)
    return total


#case: first_error(np.ones(10), np.array([0, 1, 2, 99] + [0] * 696 + [5] + [1] * 299))
#case: first_error(np.ones(10), np.array([0, 1, 2, 3] + [0] * 696 + [5] + [1] * 299))
#case: first_error(np.ones(10), np.array([0, 1, 2, 3, 4, 6, 7]))


def count_positive(a):
    n = 0
    # omp parallel for
    for i in range(len(a)):
        if a[i] > 0:
            n += 1
    return n


#case: count_positive(np.arange(-500, 1500))
#case: count_positive(np.zeros(0, dtype=np.int64))


def skip_odd(a, out):
    s = 0
    # omp parallel for
    for i in range(len(a)):
        if a[i] % 2 == 1:
            continue
        out[i] = a[i] // 2
        s += a[i]
    return s


#case: skip_odd(np.arange(1000), np.zeros(1000, dtype=np.int64))


def nested_rows(x, n, out):
    # rows in parallel; the inner loop is serial and may break
    # omp parallel for schedule(static)
    for r in range(len(x) // n):
        acc = 0.0
        for j in range(n):
            v = x[r * n + j]
            if v < 0:
                break
            acc += math.sqrt(v)
        out[r] = acc


#case: nested_rows(np.arange(-50.0, 950.0), 10, np.zeros(100))


def weight(v):
    return 1.0 / (1.0 + v * v)


def with_helper(x, out):
    # omp parallel for schedule(dynamic, 16)
    for i in range(len(x)):
        out[i] = weight(x[i]) * 2.0


#case: with_helper(np.linspace(-3.0, 3.0, 777), np.zeros(777))


def static_chunks(a):
    s = 0
    # omp parallel for schedule(static) reduction(+:s)
    for i in range(0, len(a), 3):
        s += a[i] * i
    return s


#case: static_chunks(np.arange(1000))


def dynamic_chunks(a):
    s = 0
    # omp parallel for schedule(dynamic, 7)
    for i in range(len(a) - 1, -1, -2):
        s -= a[i]
    return s, i


#case: dynamic_chunks(np.arange(1001))
#case: dynamic_chunks(np.arange(2))


def product_and_bits(a):
    p = 1
    b = 0
    x = 0
    # omp parallel for
    for i in range(len(a)):
        p *= a[i] % 3 + 1
        b |= a[i]
        x ^= a[i]
    return p, b, x


#case: product_and_bits(np.arange(1, 30))


def min_max(a):
    lo = math.inf
    hi = -math.inf
    # omp parallel for
    for i in range(len(a)):
        lo = min(lo, a[i])
        hi = max(hi, a[i])
    return lo, hi


#case: min_max(np.sin(np.arange(1000.0)))
#case: min_max(np.zeros(0))


def two_threads(a):
    s = 0.0
    # omp parallel for num_threads(2) reduction(+:s)
    for i in range(len(a)):
        s += a[i]
    return s


#case: two_threads(np.arange(100.0))


def shift_rows(a, out, lo, hi):
    # rows lo..hi read their neighbours: the piece of each thread proves them in bounds when
    # 1 <= lo and hi <= rows - 1 (unchecked copy), else it runs checked (a[-1] is the last row,
    # a[rows] raises at the lowest failing row)
    # omp parallel for
    for i in range(lo, hi):
        for j in range(a.shape[1]):
            out[i, j] = a[i - 1, j] - 2.0 * a[i, j] + a[i + 1, j]


#case: shift_rows(np.arange(600.0).reshape(60, 10) ** 1.5, np.zeros((60, 10)), 1, 59)
#case: shift_rows(np.arange(600.0).reshape(60, 10) ** 1.5, np.zeros((60, 10)), 0, 59)
#case: shift_rows(np.arange(600.0).reshape(60, 10) ** 1.5, np.zeros((60, 10)), 1, 60)
#case: shift_rows(np.arange(600.0).reshape(60, 10) ** 1.5, np.zeros((60, 10)), -3, 2)
#case: shift_rows(np.arange(600.0).reshape(60, 10)[:, ::2], np.zeros((60, 5)), 1, 59)
#case: shift_rows(np.zeros((2, 3)), np.zeros((2, 3)), 1, 1)


def shift_sum(a, k):
    # a[i + k] for i in range(len(a) - k): in bounds when k >= 0; a negative k reads from the end
    s = 0
    # omp parallel for reduction(+:s)
    for i in range(len(a) - k):
        s += a[i] * a[i + k]
    return s


#case: shift_sum(np.arange(1000), 3)
#case: shift_sum(np.arange(1000), 0)
#case: shift_sum(np.arange(1000), -4)
#case: shift_sum(np.arange(10), 20)


def shift_window(x, lo, w, out):
    # out[i] = x[i - w] + x[i + w]: proven when lo >= w and the range stops w before the end
    # omp parallel for schedule(static)
    for i in range(lo, len(out)):
        out[i] = x[i - w] + x[i + w]


#case: shift_window(np.arange(100.0), 5, 5, np.zeros(95))
#case: shift_window(np.arange(100.0), 0, 5, np.zeros(95))
#case: shift_window(np.arange(100.0), 5, 5, np.zeros(96))
#case: shift_window(np.arange(100.0), 5, 5, np.zeros(100)[::-1])
