# error-at: 7:5
# export total(float[])


def total(a):
    s = 0.0
    # omp parallel for
    s = a[0]
    return s
