"""Numeric kernels: plain Python that pyrs compiles (the `# export` lines give the types)."""
import math


# export trapz(float, float, int)
def trapz(a, b, n):
    """Integral of sin(x)**2 + x on [a, b] with the trapezoidal rule and n intervals."""
    h = (b - a) / n
    s = 0.5 * (math.sin(a) ** 2 + a + math.sin(b) ** 2 + b)
    for i in range(1, n):
        x = a + i * h
        s += math.sin(x) ** 2 + x
    return s * h


# export norm2(float64[])
def norm2(v):
    s = 0.0
    for i in range(len(v)):
        s += v[i] * v[i]
    return math.sqrt(s)


# export pairwise_sum(float64[], float64[], float64[])
def pairwise_sum(a, b, out):
    for i in range(len(a)):
        out[i] = a[i] + b[i]
    return out
