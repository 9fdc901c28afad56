# error-at: 9:9
# export shift(float[], float[])


def shift(a, out):
    # omp parallel for
    for i in range(len(a) - 1):
        out[i] = a[i]
        out[i + 1] += a[i]
