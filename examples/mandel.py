"""Julia's micro-benchmark `mandel`: escape time of 26×21 points, built with comprehensions."""

# export mandel(complex)
# export mandelperf()


def mandel(z):
    maxiter = 80
    c = z
    for n in range(maxiter):
        if abs(z) > 2:
            return n
        z = z*z + c
    return maxiter


def mandelperf():
    r1 = [-2. + 0.1*i for i in range(26)]
    r2 = [-1. + 0.1*i for i in range(21)]
    return [mandel(complex(r, i)) for r in r1 for i in r2]

#case: mandel(0j)
#case: mandel(1+1j)
#case: mandel(-0.75+0.1j)
#case: mandelperf()

#setup: pass
#run: mandelperf()
