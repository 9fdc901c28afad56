"""The lecture's Gibbs sampler (seed 002), as written for CPython: `random.gamma` and
`random.normal` draw from numpy's global RandomState inside the loops. Compiled, it draws the
same numbers from the same stream (numpy's bit generator, numpy's legacy algorithms), so a
seeded run returns exactly what CPython returns, and leaves the stream where CPython leaves it."""

from numpy import zeros, random, sqrt

gamma = random.gamma
normal = random.normal

# export pygibbs(int, int)


def pygibbs(N=20000, thin=200):
    mat = zeros((N, 2))
    x,y = mat[0]
    for i in range(N):
        for j in range(thin):
            x = gamma(3, y**2 + 4)
            y = normal(1./(x+1), 1./sqrt(2*(x+1)))
        mat[i] = x, y
    return mat

#case: pygibbs(100, 10)
#case: pygibbs(3, 1000)
#case: pygibbs(0, 10)
#case: pygibbs(1, 0)

#setup: np.random.seed(0)
#quick-setup: np.random.seed(0)
#run: pygibbs(1000, 10)
