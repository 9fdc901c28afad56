"""Great-circle distances with NumPy trigonometry (numpy-benchmarks' `arc_distance`): the whole
expression, two square roots and an arctan2 included, is one fused loop."""

import numpy as np

# export arc_distance(float[], float[], float[], float[])


def arc_distance(theta_1, phi_1, theta_2, phi_2):
    temp = np.sin((theta_2 - theta_1) / 2) ** 2 + np.cos(theta_1) * np.cos(theta_2) * np.sin((phi_2 - phi_1) / 2) ** 2
    distance_matrix = 2 * (np.arctan2(np.sqrt(temp), np.sqrt(1 - temp)))
    return distance_matrix

#case: arc_distance(np.array([0.1, 0.2]), np.array([1.0, -1.0]), np.array([0.3, 0.2]), np.array([0.0, 2.0]))
#case: arc_distance(np.zeros(0), np.zeros(0), np.zeros(0), np.zeros(0))
#case: arc_distance(np.linspace(0.0, 3.0, 7), np.linspace(-1.0, 1.0, 7), np.linspace(3.0, 0.0, 7), np.ones(7))
#case: arc_distance(np.ones(3), np.ones(3), np.ones(2), np.ones(2))

#setup: rng = np.random.default_rng(0)
#setup: t1, p1, t2, p2 = (rng.uniform(0.0, 3.0, 10**6) for _ in range(4))
#quick-setup: rng = np.random.default_rng(0)
#quick-setup: t1, p1, t2, p2 = (rng.uniform(0.0, 3.0, 1000) for _ in range(4))
#run: arc_distance(t1, p1, t2, p2)
