# error-at: 10:9
# export last_value(float[])


def last_value(a):
    v = 0.0
    # omp parallel for
    for i in range(len(a)):
        w = a[i] * 2.0
        v = w
    return v
