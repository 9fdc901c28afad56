"""List comprehensions with conditions, several `for`s, and their scope."""
import numpy as np

# export squares(int)
def squares(n):
    return [i * i for i in range(n)]

#case: squares(6)
#case: squares(0)

# export filtered(float list)
def filtered(xs):
    return [x / 2 for x in xs if x > 0 if x < 10]

#case: filtered([-1.0, 3.0, 12.0, 5.0])

# export pairs(int)
def pairs(n):
    return [(i, j) for i in range(n) for j in range(i) if (i + j) % 2 == 1]

#case: pairs(5)

# export scope(int)
def scope(n):
    x = 100
    ys = [x for x in range(n)]
    return x, ys

#case: scope(3)

# export from_array(float[])
def from_array(a):
    return [v * 2 for v in a]

#case: from_array(np.array([1.0, 2.5]))

# export range_steps(int)
def range_steps(n):
    return [i for i in range(n, 0, -2)], [i for i in range(-n, n, 3)]

#case: range_steps(7)
#case: range_steps(0)
