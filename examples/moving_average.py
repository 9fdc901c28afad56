"""Moving-average window kernel (seed 001's guvectorize numba_f) as a plain loop.

The seed computes the first window as `x[:window_width-1].sum() + x[0]`; the
loop below keeps that (odd but deliberate) definition so results match the seed.
"""

# export moving_average(float[], int, float[])


def moving_average(x, window_width, res):
    xsum = x[0]
    for i in range(window_width - 1):
        xsum += x[i]
    for i in range(window_width, len(x)):
        xsum += x[i] - x[i - window_width]
        res[i] = xsum / window_width

#case: moving_average(np.arange(10.0), 3, np.zeros(10))
#case: moving_average(np.array([1.0, -2.0, 3.5, 4.0, 0.25]), 1, np.zeros(5))
#case: moving_average(np.arange(5.0), 5, np.full(5, nan))
#case: moving_average(np.arange(5.0), 8, np.zeros(5))
#case: moving_average(np.sin(np.arange(50.0)), 7, np.zeros(50))
#case: moving_average(np.zeros(0), 2, np.zeros(0))
#case: moving_average(np.arange(6.0), 2, np.zeros(3))

#setup: rng = np.random.default_rng(0)
#setup: x = rng.uniform(0, 20., size=10**6)
#setup: res = np.zeros(10**6)
#quick-setup: rng = np.random.default_rng(0)
#quick-setup: x = rng.uniform(0, 20., size=10**4)
#quick-setup: res = np.zeros(10**4)
#run: moving_average(x, 1000, res)
# NumPy variant: one cumsum over the loop's increments (seed 001's cumsum trick; its
# window-difference form c[w:] - c[:-w] differs from this loop by up to 5e-12 relative).
#numpy: s = np.cumsum(np.concatenate(([x[0]], x[:999], x[1000:] - x[:-1000])))
#numpy: res[1000:] = s[1000:] / 1000
