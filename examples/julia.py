"""Julia set kernel over numpy arrays (seed 003, the Pythran/Cython numpy version).

Compile with `pyrs build examples/julia.py`; delete the .so and the same
`import julia` runs this file unchanged.
"""

# export calculate_z(int, complex[], complex[], int[])


def calculate_z(maxiter, zs, cs, output):
    """Calculate output list using Julia update rule"""
    for i in range(len(zs)):
        n = 0
        z = zs[i]
        c = cs[i]
        while n < maxiter and abs(z) < 2:
            z = z * z + c
            n += 1
        output[i] = n
    return output

# Small differential-test inputs.
#case: calculate_z(300, np.array([0j, 0.1 + 0.1j, -1.8 + 1.8j, 0.3 - 0.2j]), np.full(4, -0.62772 - 0.42193j), np.zeros(4, dtype=np.int64))
#case: calculate_z(20, np.array([1 + 1j, 2 + 0j, -0.5 + 0.5j]), np.array([0j, 0j, 0.25 + 0j]), np.full(3, -1, dtype=np.int64))
#case: calculate_z(0, np.array([0j]), np.array([1j]), np.array([7], dtype=np.int64))
#case: calculate_z(5, np.zeros(0, dtype=np.complex128), np.zeros(0, dtype=np.complex128), np.zeros(0, dtype=np.int64))
#case: calculate_z(300, np.linspace(-1.8, 1.8, 40) + 0.3j, np.full(40, -0.62772 - 0.42193j), np.zeros(40, dtype=np.int64))

# Benchmark: the 1000 x 1000 grid of seed 003, x and y in [-1.8, 1.8], maxiter 300.
#setup: N = 1000
#setup: x = np.linspace(-1.8, 1.8, N, endpoint=False)
#setup: y = np.linspace(1.8, -1.8, N, endpoint=False)
#setup: zs = (x[np.newaxis, :] + 1j * y[:, np.newaxis]).ravel()
#setup: cs = np.full(N * N, complex(-0.62772, -0.42193))
#setup: output = np.zeros(N * N, dtype=np.int64)
#quick-setup: N = 60
#quick-setup: x = np.linspace(-1.8, 1.8, N, endpoint=False)
#quick-setup: y = np.linspace(1.8, -1.8, N, endpoint=False)
#quick-setup: zs = (x[np.newaxis, :] + 1j * y[:, np.newaxis]).ravel()
#quick-setup: cs = np.full(N * N, complex(-0.62772, -0.42193))
#quick-setup: output = np.zeros(N * N, dtype=np.int64)
#run: calculate_z(300, zs, cs, output)
