"""Augmented assignment to list, dict and array items."""
import numpy as np

# export bump(int list, str:int dict, float[])
def bump(xs, d, a):
    xs[0] += 5
    xs[-1] *= 2
    d["k"] += 1
    d["new"] = d.get("new", 0) - 3
    a[1] /= 4.0
    a[0] **= 2
    return xs, d, a

#case: bump([1, 2, 3], {"k": 1}, np.array([3.0, 2.0]))
#case: bump([1], {"k": -1, "new": 1}, np.array([-1.5, 0.0]))

# export missing_key(str:int dict)
def missing_key(d):
    d["absent"] += 1
    return d

#case: missing_key({"present": 1})
