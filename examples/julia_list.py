"""Julia set kernel over Python lists (seed 003, calculate_z_serial_purepython)."""

# export calculate_z(int, complex list, complex list)


def calculate_z(maxiter, zs, cs):
    """Calculate output list using Julia update rule"""
    output = [0] * len(zs)
    for i in range(len(zs)):
        n = 0
        z = zs[i]
        c = cs[i]
        while n < maxiter and abs(z) < 2:
            z = z * z + c
            n += 1
        output[i] = n
    return output

#case: calculate_z(300, [0j, 0.1 + 0.1j, -1.8 + 1.8j, 0.3 - 0.2j], [-0.62772 - 0.42193j] * 4)
#case: calculate_z(20, [1 + 1j, 2 + 0j, -0.5 + 0.5j], [0j, 0j, 0.25 + 0j])
#case: calculate_z(10, [], [])
#case: calculate_z(0, [0j], [1j])
#case: calculate_z(300, [complex(-1.8 + 0.09 * k, 0.3) for k in range(40)], [complex(-0.62772, -0.42193)] * 40)

# Benchmark: seed 003's calc_pure_python inputs, 1000 x 1000 points, maxiter 300.
#setup: N = 1000
#setup: step = 3.6 / N
#setup: xs = [-1.8 + step * k for k in range(N)]
#setup: ys = [1.8 - step * k for k in range(N)]
#setup: zs = [complex(x, y) for y in ys for x in xs]
#setup: cs = [complex(-0.62772, -0.42193)] * len(zs)
#quick-setup: N = 60
#quick-setup: step = 3.6 / N
#quick-setup: xs = [-1.8 + step * k for k in range(N)]
#quick-setup: ys = [1.8 - step * k for k in range(N)]
#quick-setup: zs = [complex(x, y) for y in ys for x in xs]
#quick-setup: cs = [complex(-0.62772, -0.42193)] * len(zs)
#run: calculate_z(300, zs, cs)
