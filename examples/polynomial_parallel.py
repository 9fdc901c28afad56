"""The numexpr polynomial of seed 002 with its fused loop on all cores: numexpr's threads,
opted into for the whole file with one comment."""

# pyrs parallel arrays

# export poly(float[])


def poly(x):
    return 0.25*x**3 + 0.75*x**2 - 1.5*x - 2

#case: poly(np.linspace(-1.0, 1.0, 101))
#case: poly(np.linspace(-1.0, 1.0, 100001))
#case: poly(np.zeros(0))

#setup: x = np.linspace(-1, 1, 10**7)
#quick-setup: x = np.linspace(-1, 1, 10**4)
#run: poly(x)
