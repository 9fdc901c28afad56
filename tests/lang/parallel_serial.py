"""`# omp parallel for` loops that use lists, dicts, sets and strings made before the loop, or a
numpy.random.Generator (its draws are one sequence): compiled code cannot share those between threads, so the loop runs serially (a build warning
says where and why) and gives what Python gives. The TSP-style loop: a list copied per
iteration, helper calls on lists, results appended under `# omp critical`."""

# export tsp_like(int, float list list)
# export shared_dict(int[], int)
# export shared_set(int)
# export shared_str(int, str)
# export private_list(int)
# export draws(Generator, int)
import math
import numpy as np


def length(cities, path):
    total = 0.0
    for k in range(len(path) - 1):
        dx = cities[path[k]][0] - cities[path[k + 1]][0]
        dy = cities[path[k]][1] - cities[path[k + 1]][1]
        total += math.sqrt(dx * dx + dy * dy)
    return total


def tsp_like(n_run, cities):
    init = [k for k in range(len(cities))]
    res = []
    # omp parallel for
    for x in range(n_run):
        path = init[:]
        if len(path) > 2:
            j = x % (len(path) - 1) + 1
            path[0], path[j] = path[j], path[0]
        e = length(cities, path)
        # omp critical
        res.append((e, path))
    return res


#case: tsp_like(3, [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 2.5]])
#case: tsp_like(0, [[0.0, 0.0], [1.0, 0.0]])
#case: tsp_like(2, [])


def shared_dict(out, k):
    d = {1: 5, 2: 7, k: -1}
    # omp parallel for
    for i in range(out.shape[0]):
        out[i] = d.get(i, 0) + len(d)
    return out


#case: shared_dict(np.zeros(5, dtype=np.int64), 3)
#case: shared_dict(np.zeros(0, dtype=np.int64), 1)


def shared_set(n):
    seen = {0, 3, 6}
    total = 0
    # omp parallel for reduction(+:total)
    for i in range(n):
        if i in seen:
            total += i
    return total


#case: shared_set(10)
#case: shared_set(0)


def shared_str(n, s):
    hits = 0
    # omp parallel for reduction(+:hits)
    for i in range(n):
        if str(i) in s:
            hits += 1
    return hits


#case: shared_str(20, "0123-15")
#case: shared_str(5, "")


def private_list(n):
    acc = 0
    # omp parallel for reduction(+:acc)
    for i in range(n):
        xs = [i, i * 2, i * 3]
        acc += sum(xs)
    return acc


#case: private_list(100)
#case: private_list(0)


def draws(rng, n):
    out = np.zeros(n)
    # omp parallel for
    for i in range(n):
        out[i] = rng.random() + i
    return out


#case: draws(np.random.default_rng(7), 5)
#case: draws(np.random.default_rng(7), 0)
