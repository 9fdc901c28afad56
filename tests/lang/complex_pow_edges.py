"""`complex ** x` at the edges, as CPython's `complex_pow`: an infinite part of the result is an
OverflowError also when an operand is infinite (`complex(inf, 1) ** 1`), a phase that becomes
infinite is the C library's domain error (ZeroDivisionError, `(inf+0j) ** 1j`), NaN results
pass, small integral exponents by repeated squaring and the others by the polar formula."""

# export cpow(complex, complex)
# export cpow_float(complex, float)
# export cpow_int(complex, int)
# export real_cpow(float, complex)
# export pow_sum(complex list, float)


def cpow(z, w):
    return z ** w


#case: cpow(complex(inf, 1.0), 1 + 0j)
#case: cpow(complex(inf, 0.0), 2 + 0j)
#case: cpow(complex(inf, 0.0), 1j)
#case: cpow(complex(inf, 0.0), -1 + 0j)
#case: cpow(complex(1.0, inf), 0.5 + 0j)
#case: cpow(complex(nan, inf), 2 + 0j)
#case: cpow(complex(nan, 0.0), 0.5 + 0j)
#case: cpow(complex(nan, 0.0), 0j)
#case: cpow(1 + 1j, complex(inf, 0.0))
#case: cpow(1 + 1j, complex(0.0, inf))
#case: cpow(2 + 0j, complex(nan, 1.0))
#case: cpow(1e200 + 1e200j, 2 + 0j)
#case: cpow(1e200 + 1e200j, -2 + 0j)
#case: cpow(1e-200 + 1e-200j, 3.5 + 0j)
#case: cpow(1e-200 + 0j, -2 + 0j)
#case: cpow(0j, -1 + 0j)
#case: cpow(0j, 1j)
#case: cpow(0j, 2.5 + 0j)
#case: cpow(0j, 0j)
#case: cpow(-8 + 0j, 1 / 3 + 0j)
#case: cpow(1.5 - 0.5j, 0.5 + 0.25j)
#case: cpow(1.0001 + 0j, 101 + 0j)
#case: cpow(1.0001 + 0j, 100 + 0j)
#case: cpow(3 + 4j, 1000 + 0j)
#case: cpow(3 + 4j, -1000 + 0j)


def cpow_float(z, x):
    return z ** x


#case: cpow_float(complex(1.0, -inf), 0.5)
#case: cpow_float(-1 + 0j, 0.5)
#case: cpow_float(2 + 2j, 1e10)
#case: cpow_float(0.5 + 0.5j, 1e10)
#case: cpow_float(2 + 2j, inf)
#case: cpow_float(2 + 2j, -inf)
#case: cpow_float(complex(inf, inf), 0.0)
#case: cpow_float(complex(-0.0, 0.0), 2.0)
#case: cpow_float(1j, nan)


def cpow_int(z, n):
    return z ** n


#case: cpow_int(complex(inf, 1.0), 1)
#case: cpow_int(complex(inf, 1.0), 0)
#case: cpow_int(complex(-inf, -0.0), 3)
#case: cpow_int(1j, 2**40)
#case: cpow_int(1.000001 + 0j, 10**6)
#case: cpow_int(0j, -3)
#case: cpow_int(1e-170 + 1e-170j, -2)
#case: cpow_int(1e160 + 0j, 2)


def real_cpow(x, w):
    return x ** w


#case: real_cpow(2.0, 1j)
#case: real_cpow(-2.0, 0.5 + 0j)
#case: real_cpow(inf, 1j)
#case: real_cpow(0.0, -1j)
#case: real_cpow(1e300, 2 + 0j)


def pow_sum(zs, x):
    s = 0j
    for z in zs:
        try:
            s += z ** x
        except OverflowError:
            s += 1
        except ZeroDivisionError:
            s -= 1
    return s


#case: pow_sum([1 + 1j, complex(inf, 1.0), 0j, 2j], 2.0)
#case: pow_sum([1 + 1j, complex(inf, 1.0), 0j, 2j], -1.0)
#case: pow_sum([complex(inf, 0.0), 1e300 + 0j], 0.5)
#case: pow_sum([], 3.0)
