"""Complex numbers in lists and comprehensions."""

# export roots_of_unity(int)
def roots_of_unity(n):
    import_free = [complex(1, 0)]
    w = complex(0.0, 0.0)
    out = []
    for k in range(n):
        z = 1j ** (4 * k / n) if n > 0 else w
        out.append(z)
    return len(out), import_free

#case: roots_of_unity(4)
#case: roots_of_unity(0)

# export magnitudes(complex list)
def magnitudes(zs):
    return [abs(z) for z in zs], sum(zs), [z.conjugate() for z in zs if z.imag != 0]

#case: magnitudes([3+4j, 1j, -2.0+0j])
#case: magnitudes([])
