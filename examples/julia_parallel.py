"""The Julia set kernel of seed 003 with Pythran's OpenMP annotation: each point is
independent, so the outer loop runs on all cores (`schedule(dynamic)`: points near the set
take many more iterations than the others)."""

#pythran export calculate_z(int, complex[], complex[], int[])


def calculate_z(maxiter, zs, cs, output):
    """Calculate output list using Julia update rule"""
    #omp parallel for schedule(dynamic)
    for i in range(len(zs)):
        n = 0
        z = zs[i]
        c = cs[i]
        while n < maxiter and abs(z) < 2:
            z = z * z + c
            n += 1
        output[i] = n
    return output

#case: calculate_z(300, np.array([0j, 0.1 + 0.1j, -1.8 + 1.8j, 0.3 - 0.2j]), np.full(4, -0.62772 - 0.42193j), np.zeros(4, dtype=np.int64))
#case: calculate_z(300, np.linspace(-1.8, 1.8, 400) + 0.3j, np.full(400, -0.62772 - 0.42193j), np.zeros(400, dtype=np.int64))
#case: calculate_z(5, np.zeros(0, dtype=np.complex128), np.zeros(0, dtype=np.complex128), np.zeros(0, dtype=np.int64))

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
