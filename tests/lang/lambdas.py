"""Lambdas: bound to a name and called, or passed as `key=`."""

# export apply_all(float list)
def apply_all(xs):
    sq = lambda v: v * v
    shift = lambda v, d=1.0: v + d
    return [shift(sq(v)) for v in xs], [shift(v, 2.0) for v in xs]

#case: apply_all([1.0, -2.0])

# export sort_pairs((int, str) list)
def sort_pairs(ps):
    return sorted(ps, key=lambda p: p[1]), sorted(ps, key=lambda p: -p[0])

#case: sort_pairs([(3, "b"), (1, "c"), (2, "a")])

# export nearest(float list, float)
def nearest(xs, target):
    return sorted(xs, key=lambda v: abs(v - target))

#case: nearest([1.0, 5.0, 3.5, -2.0], 3.0)
