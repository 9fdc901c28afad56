"""`np.linalg.norm(a, ord, axis=(r, c))` of matrices: numpy's norm with no axis over (0, 1)
(and its negative spellings), `ord` 1 and inf (-1 and -inf) swapped over (1, 0) — the same
code in numpy, so the same bits (`tests/test_norm_two_axes_bits.py`); `keepdims=True` gives
shape (1, 1); duplicate axes are numpy's ValueError; invalid orders numpy's ValueError."""

import numpy as np

# export norm2(float[:,::])
# export norm2(float32[:,:])
# export norm2(complex[:,:])
# export norm2(int[:,:])
# export norm_none(float[:,::])
# export norm_none(int[:,:])
# export norm2_keep(float[:,::])
# export norm2_dup(float[:,:])
# export norm2_bad(float[:,:])
# export norm2_bad_str(float[:,:])


def norm2(a):
    return (
        np.linalg.norm(a, 1, axis=(0, 1)),
        np.linalg.norm(a, 1, axis=(1, 0)),
        np.linalg.norm(a, -1, axis=(1, 0)),
        np.linalg.norm(a, np.inf, axis=(1, 0)),
        np.linalg.norm(a, -np.inf, axis=(-1, -2)),
        np.linalg.norm(a, np.inf, axis=(-2, 1)),
        np.linalg.norm(a, 2, axis=(0, 1)),
        np.linalg.norm(a, -2, axis=(-2, -1)),
        np.linalg.norm(a, "nuc", axis=(0, -1)),
    )


#case: norm2(np.arange(12.0).reshape(3, 4) - 5.5)
#case: norm2(np.arange(12.0).reshape(3, 4).T - 5.5)
#case: norm2(np.linspace(-3.0, 7.0, 30).reshape(5, 6)[::2, ::-3])
#case: norm2(np.array([[1.0, np.nan], [-2.0, 3.0]]))
#case: norm2(np.array([[1.0, np.inf], [-2.0, 3.0]]))
#case: norm2(np.array([[-0.0]]))
#case: norm2(np.arange(12, dtype=np.float32).reshape(4, 3) / 7)
#case: norm2(np.arange(6.0).reshape(2, 3) + 1j * np.arange(6.0)[::-1].reshape(2, 3))
#case: norm2(np.arange(-6, 6).reshape(3, 4))


def norm_none(a):
    return (
        np.linalg.norm(a, 1),
        np.linalg.norm(a, np.inf),
        np.linalg.norm(a, -np.inf),
        np.linalg.norm(a, 1),
        np.linalg.norm(a, -1),
        np.linalg.norm(a, np.inf),
        np.linalg.norm(a, 2),
        np.linalg.norm(a, -2),
        np.linalg.norm(a, "nuc"),
    )


#case: norm_none(np.arange(12.0).reshape(3, 4) - 5.5)


def norm2_keep(a):
    return np.linalg.norm(a, 1, axis=(1, 0), keepdims=True), np.linalg.norm(a, -2, axis=(0, 1), keepdims=True)


#case: norm2_keep(np.arange(12.0).reshape(3, 4) - 5.5)
#case: norm2_keep(np.arange(12.0).reshape(4, 3).T)


def norm2_dup(a):
    return np.linalg.norm(a, 1, axis=(1, -1))


#case: norm2_dup(np.ones((2, 3)))


def norm2_bad(a):
    return np.linalg.norm(a, 3, axis=(1, 0))


#case: norm2_bad(np.ones((2, 3)))


def norm2_bad_str(a):
    return np.linalg.norm(a, "abc", axis=(0, 1))


#case: norm2_bad_str(np.ones((2, 3)))
