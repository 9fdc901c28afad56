"""Complex scalars: arithmetic, abs, .real/.imag, complex(a, b), integer powers."""

# export cplx_ops(complex, complex)
# export cplx_parts(complex)
# export cplx_abs(complex)
# export make(float, float)
# export cplx_pow(complex)
# export cplx_mixed(complex, int, float)
# export escape_time(complex, complex, int)
# export cplx_eq(complex, complex)
# export signed_zeros(float, float, complex)


def cplx_ops(z, w):
    return z + w, z - w, z * w, z / w, -z, +w


#case: cplx_ops(1 + 2j, 3 - 4j)
#case: cplx_ops(0j, 1j)
#case: cplx_ops(-1.5 + 0.5j, 1e-200 + 1e-200j)
#case: cplx_ops(1e300 + 1e300j, 1e300 + 1e300j)
#case: cplx_ops(complex(inf, 0.0), 2 + 0j)


def cplx_parts(z):
    return z.real, z.imag, complex(z.imag, z.real)


#case: cplx_parts(3 - 4j)
#case: cplx_parts(complex(-0.0, nan))


def cplx_abs(z):
    return abs(z)


#case: cplx_abs(3 + 4j)
#case: cplx_abs(0j)
#case: cplx_abs(-5j)
#case: cplx_abs(1e300 + 1e300j)
#case: cplx_abs(1e-300 + 1e-300j)
#case: cplx_abs(complex(inf, nan))
#case: cplx_abs(complex(nan, 1.0))


def make(a, b):
    z = complex(a, b)
    return z, z * z, abs(z) < 2


#case: make(0.5, -0.25)
#case: make(-1.8, 1.8)
#typeerror: make(1j, 2.0)


def cplx_pow(z):
    return z ** 2, z ** 3, z ** 0, z ** -2


#case: cplx_pow(1 + 1j)
#case: cplx_pow(-0.62772 - 0.42193j)
#case: cplx_pow(2j)


def cplx_mixed(z, n, x):
    return z + n, n * z, z * x, z / x, x - z, z / n


#case: cplx_mixed(1 + 2j, 3, 0.5)
#case: cplx_mixed(-2j, -4, 1e10)


def escape_time(z, c, maxiter):
    # The Julia inner loop of seed 003 with the expanded |z|^2 test.
    n = 0
    while n < maxiter and (z.real * z.real + z.imag * z.imag) < 4:
        z = z * z + c
        n += 1
    return n, z


#case: escape_time(0j, -0.62772 - 0.42193j, 300)
#case: escape_time(1 + 1j, 0j, 300)
#case: escape_time(0.1 + 0.2j, -0.62772 - 0.42193j, 0)


def cplx_eq(z, w):
    return z == w, z != w


#case: cplx_eq(1 + 2j, 1 + 2j)
#case: cplx_eq(1 + 2j, 1 - 2j)
#case: cplx_eq(complex(nan, 0.0), complex(nan, 0.0))


def signed_zeros(x, y, z):
    # complex(a, b) of floats keeps the sign of a zero part; complex parts combine
    return complex(x, y), complex(y, x), complex(z, y), complex(x, z), -z, z * 0.0

#case: signed_zeros(-0.0, -0.0, complex(1.0, -0.0))
#case: signed_zeros(0.0, -0.0, complex(-0.0, 2.0))
#case: signed_zeros(-1.5, 0.0, -0j)
