"""Real and complex numbers in one list, or one result: each value keeps the type CPython gives
it (`zs[0] = -2.0 * nu` into a list of complex numbers stays a float; `[n, 1j]` holds an int
and a complex; a function returning `0` on one path and a complex on another returns the int
there), with arithmetic, comparisons, conversions and printing by the types at hand."""

# export store_real(complex list, float)
# export displays(int, float)
# export grow(int)
# export either(float)
# export arith(complex list, float)
# export by_int(complex list, int)
# export order(complex list, int)
# export conversions(complex list)
# export attributes(complex list)
# export passthrough(complex list)
# export totals(complex list)
# export shown(complex list)
# export values(str:complex dict, str)
# export kinds(complex list)
# export orbit(complex, int)
# export orbit_list(complex, int)
# export scaled(complex, int)


def store_real(zs, nu):
    zs[0] = -2.0 * nu
    zs[-1] = 3
    return zs


#case: store_real([1j, 2j, 3 + 4j], 3.5)
#case: store_real([1j], 0.0)
#case: store_real([], 1.0)


def displays(n, x):
    a = [n, 1j, x, True]
    b = [x * 1j, n]
    return a, b, a + b


#case: displays(3, 2.5)
#case: displays(0, -0.0)


def grow(n):
    l = [1j] * n
    for i in range(0, n, 2):
        l[i] = i * 0.5
    if n > 2:
        l[1] = n
    return l


#case: grow(0)
#case: grow(1)
#case: grow(5)


def either(x):
    if x < 0:
        return 0
    if x == 0:
        return 0.5
    return complex(x, 1)


#case: either(-1.0)
#case: either(0.0)
#case: either(2.0)


def arith(zs, f):
    out = []
    for z in zs:
        out.append(z + 1)
        out.append(z * f)
        out.append(z - z)
        out.append(2 * z + 1j)
        out.append(z ** 2)
        out.append(-z)
        out.append(+z)
        out.append(z / f)
    return out


#case: arith([1, 2.5, 3j, True, 1 + 1j], 2.0)
#case: arith([0, 1j], 0.0)
#case: arith([1j], 0.0)
#case: arith([], 1.0)


def by_int(zs, k):
    out = []
    for z in zs:
        out.append(z // k)
        out.append(z % k)
    return out


#case: by_int([7, 2.5, True], 2)
#case: by_int([7, 2.5], 0)
#case: by_int([7, 1j], 3)


def order(zs, k):
    out = []
    for z in zs:
        out.append((z < k, z >= k, z == k, z != k, k == z))
    return out


#case: order([1, 2.5, True, 3], 2)
#case: order([2, 2.0, 2 + 0j, 2 + 1j], 2)
#case: order([1, 1j], 0)


def conversions(zs):
    out = []
    for z in zs:
        out.append((complex(z), abs(z), bool(z), str(z), repr(z)))
    return out


#case: conversions([1, 2.5, -3j, False, 3 + 4j, 0j])
#case: conversions([float("nan"), complex(float("inf"), 1.0)])


def attributes(zs):
    out = []
    for z in zs:
        out.append((z.real, z.imag, z.conjugate()))
    return out


#case: attributes([1, 2.5, -3j, True, 3 + 4j])


def passthrough(zs):
    return zs[::-1], len(zs), zs[1:]


#case: passthrough([1, 2.5, 3j, True])
#case: passthrough([1j, 2j])
#case: passthrough([])


def totals(zs):
    t = 0
    for z in zs:
        t = t + z
    return t, sum(zs)


#case: totals([1, 2, 3])
#case: totals([1, 2.5])
#case: totals([1, 2j])
#case: totals([])


def shown(zs):
    print(zs)
    for z in zs:
        print(z, z * 2)
    return 0


#case: shown([1, 2.5, 3j, True])


def values(d, k):
    d[k] = 2.5
    return d, d[k] * 2


#case: values({"a": 1j}, "b")
#case: values({"a": 1j}, "a")


def kinds(zs):
    out = []
    for z in zs:
        out.append((isinstance(z, complex), isinstance(z, (int, float)), type(z) is float, type(z).__name__))
    return out


#case: kinds([1, 2.5, 3j, True])


def orbit(c, n):
    z = 0
    for _ in range(n):
        z = z * z + c
    return z


#case: orbit(0.25j, 0)
#case: orbit(0.25j, 3)
#case: orbit(1 + 1j, 2)


def orbit_list(c, n):
    z = 0.5
    out = [z]
    for _ in range(n):
        z = z * z + c
        out.append(z)
    print(z)
    return out


#case: orbit_list(0.25j, 0)
#case: orbit_list(0.25j, 2)


def scaled(c, n):
    z = 0
    for _ in range(n):
        z = z * z + c
    w = z * 2
    return w, str(z), z == 0


#case: scaled(1j, 0)
#case: scaled(1j, 2)
