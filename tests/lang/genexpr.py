"""Generator expressions consumed by sum, any, all, min, max, sorted, list, set."""

# export sum_squares(int list)
def sum_squares(xs):
    return sum(x * x for x in xs), sum(xs), sum([0.5 * x for x in xs]), sum(xs, 10)

#case: sum_squares([1, 2, 3])
#case: sum_squares([])

# export checks(float list)
def checks(xs):
    return any(x < 0 for x in xs), all(x < 10 for x in xs), any([]), all([])

#case: checks([1.0, -2.0])
#case: checks([])

# export extremes(str list)
def extremes(words):
    return min(words), max(words), max(len(w) for w in words), min(w.upper() for w in words)

#case: extremes(["pear", "apple", "fig"])
#case: extremes([])

# export distinct_sorted(int list)
def distinct_sorted(xs):
    return sorted(set(x % 5 for x in xs)), list(x for x in xs if x > 2)

#case: distinct_sorted([7, 2, 12, 3, 5])

# export sum_float_start(float list)
def sum_float_start(xs):
    return sum(xs, 0.5)

#case: sum_float_start([1.0, 2.0])
