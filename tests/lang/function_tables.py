"""Module-level dicts whose values are functions of the file (`{"linear": _linear, ...}`):
the value found by key at run time is called (KeyError for an unknown key), passed to a
helper, iterated over."""
import numpy as np


def _neg(r):
    return -r


def _square(r):
    return r * r


def _gauss(r):
    return np.exp(-r * r)


def _plate(r):
    if r == 0:
        return 0.0
    return r * r * np.log(r)


KERNELS = {
    "neg": _neg,
    "square": _square,
    "gauss": _gauss,
    "plate": _plate,
}

BY_ORDER = {1: _neg, 2: _square, 3: _gauss, 2: _plate}


# export apply(str, float)
def apply(name, r):
    f = KERNELS[name]
    return f(r)
#case: apply("neg", 1.5)
#case: apply("square", -3.0)
#case: apply("gauss", 0.5)
#case: apply("plate", 0.0)
#case: apply("plate", 2.0)
#case: apply("plate", -1.0)
#case: apply("nope", 1.0)
#case: apply("", 1.0)


def _row(x, centres, kernel):
    out = np.empty(centres.shape[0])
    for i in range(centres.shape[0]):
        out[i] = kernel(np.linalg.norm(x - centres[i]))
    return out


# export matrix(float[:, :], str)
def matrix(pts, name):
    kernel = KERNELS[name]
    n = pts.shape[0]
    out = np.empty((n, n))
    for i in range(n):
        out[i] = _row(pts[i], pts, kernel)
    return out
#case: matrix(np.array([[0.0, 1.0], [2.0, 0.5], [-1.0, 3.0]]), "gauss")
#case: matrix(np.array([[0.0, 1.0], [2.0, 0.5], [-1.0, 3.0]]), "plate")
#case: matrix(np.array([[0.0, 1.0], [2.0, 0.5]]), "square")
#case: matrix(np.zeros((0, 2)), "neg")
#case: matrix(np.zeros((0, 2)), "missing")
#case: matrix(np.ones((2, 2)), "Gauss")


# export by_order(int, float)
def by_order(k, r):
    return BY_ORDER[k](r)
#case: by_order(1, 2.0)
#case: by_order(2, 2.0)
#case: by_order(3, 2.0)
#case: by_order(0, 2.0)
#case: by_order(-1, 2.0)


# export each(float)
def each(r):
    out = []
    for name, f in KERNELS.items():
        out.append((name, f(r)))
    return out, len(KERNELS), "gauss" in KERNELS, "other" in KERNELS, sorted(KERNELS)
#case: each(0.5)
#case: each(0.0)
#case: each(-2.0)


# export names(str list, float)
def names(ks, r):
    total = 0.0
    for k in ks:
        if k in KERNELS:
            total += KERNELS[k](r)
    return total
#case: names(["neg", "gauss", "x", "neg"], 1.25)
#case: names([], 1.25)
#case: names(["plate"], 1.0)


# export pick(str, float)
def pick(name, r):
    return KERNELS.get(name, _square)(r), [g(r) for g in KERNELS.values()]
#case: pick("neg", 3.0)
#case: pick("unknown", 3.0)
#case: pick("plate", 1.0)
