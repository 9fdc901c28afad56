# error-at: 7:5
# export total(float[])


def total(a):
    s = 0.0
    #omp parallel for reduction(*:s)
    for i in range(len(a)):
        s += a[i]
    return s
