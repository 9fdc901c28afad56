"""Trapezoidal rule with a helper integrand (seed 002, the Cython lecture's trapez)."""

# export trapez(float, float, int)


def f(x):
    return 2*x*x + 3*x + 1


def trapez(a, b, n):
    h = (b-a)/float(n)
    sumy = 0
    x = a
    for i in range(n):
        x += h
        sumy += f(x)
    sumy += 0.5*(f(a) + f(b))
    return sumy*h

#case: trapez(1.0, 5.0, 10000)
#case: trapez(1.0, 5.0, 1)
#case: trapez(2.0, 6.0, 1000)
#case: trapez(5.0, 1.0, 7)
#case: trapez(-3.5, 3.5, 100)
#case: trapez(1.0, 5.0, 0)

#setup: a, b, n = 1.0, 5.0, 10**7
#quick-setup: a, b, n = 1.0, 5.0, 10**4
#run: trapez(a, b, n)
