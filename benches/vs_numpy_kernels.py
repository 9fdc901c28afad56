"""Array-level NumPy kernels (issue 17's cases): each is plain NumPy code that pyrs compiles;
benches/vs_numpy.py times the compiled function against the same code run by NumPy and checks
that the results are numpy's to the bit."""
import numpy as np

# export r3(float64[])
def r3(a):
    return np.log(a).sum()

# export loglik(float64[], float, float)
def loglik(data, mean, sigma):
    s = (data - mean) ** 2 / (2 * (sigma ** 2))
    pdfs = np.exp(- s)
    pdfs /= np.sqrt(2 * np.pi) * sigma
    return np.log(pdfs).sum()

# export rownorm(complex128[:,:])
def rownorm(x):
    return np.sqrt(np.sum(np.abs(x) ** 2, 1))

# export grid(int)
def grid(n):
    x = np.linspace(0, 1, n)
    z = np.zeros((n, n, 3))
    z[:, :, 0] = x.reshape(-1, 1)
    z[:, :, 1] = x
    return z

# export revcs(float64[])
def revcs(x):
    return np.cumsum(x[::-1])[::-1]

# export arcd(float64[], float64[], float64[], float64[])
def arcd(theta_1, phi_1, theta_2, phi_2):
    temp = np.sin((theta_2 - theta_1) / 2) ** 2 + np.cos(theta_1) * np.cos(theta_2) * np.sin((phi_2 - phi_1) / 2) ** 2
    return 2 * np.arctan2(np.sqrt(temp), np.sqrt(1 - temp))

# export clean(float64[])
def clean(x):
    y = np.where(np.isnan(x), 0, x)
    y = np.clip(y, -1.0, 1.0)
    y = y[y > 0]
    y = np.cumsum(y)
    return (y - y.mean()) / y.std()

# export varax(float64[::,::])
def varax(m):
    return m.var(axis=1, ddof=1)

# export sumax0(float64[::,::])
def sumax0(m):
    return m.sum(axis=0)

# export zeros_big(int)
def zeros_big(n):
    return np.zeros(n)

# export cat(float64[])
def cat(x):
    c = np.cumsum(x)
    return np.concatenate((np.zeros(1), c))

# export poly(float64[])
def poly(x):
    return 0.25 * x ** 3 + 0.75 * x ** 2 - 1.5 * x - 2

# export meanexpr(float64[:,:])
def meanexpr(a):
    return (a * a + 1.0).mean(), np.sqrt(a).max(), (a > 0.5).any(), np.exp(a).sum(axis=1)

# export cabs2(complex128[:,:])
def cabs2(x):
    return np.sum(np.abs(x) ** 2)

# export strided_store(float64[:,:], float64[])
def strided_store(a, x):
    a[::2] = x
    a[:, 1] = 0.5
    return a

# export dot(float64[], float64[])
def dot(x, y):
    return np.dot(x, y)

# export tanh(float64[])
def tanh(x):
    return np.tanh(x)
