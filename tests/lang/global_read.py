"""`global` for reading module constants."""

RATE = 0.25
LIMIT = 3

# export apply_rate(float)
def apply_rate(x):
    global RATE
    return x * RATE

#case: apply_rate(8.0)

# export limited(int list)
def limited(xs):
    global LIMIT
    return [x for x in xs if x < LIMIT]

#case: limited([1, 5, 2, 3])
