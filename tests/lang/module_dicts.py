"""Module-level dicts of numbers read inside functions: by key (KeyError for a missing one),
`in`, `len`, `.get`, `.keys`/`.values`/`.items`, loops and comprehensions, `sorted`/`sum`."""

WEIGHTS = {1: 2.0, 3: 4.5, -2: 0.25}
NAMES = {"a": 1, "bc": 22}
ALIAS = WEIGHTS
PAIRS = {(0, 1): 1.5, (1, 0): -1.5}


# export weigh(int list)
def weigh(ks):
    t = 0.0
    for k in ks:
        if k in WEIGHTS:
            t += WEIGHTS[k]
        t += WEIGHTS.get(k, -1.0)
    return t, len(WEIGHTS), sorted(WEIGHTS), sum(WEIGHTS.values()), [k * v for k, v in WEIGHTS.items()]

#case: weigh([1, 3, 5])
#case: weigh([])
#case: weigh([-2, -2])


# export lookup(str, int, int)
def lookup(s, i, j):
    total = 0
    for name in NAMES:
        total += NAMES[name] * len(name)
    return NAMES[s], total, PAIRS[(i, j)], ALIAS[3], 7 not in ALIAS, list(NAMES.keys())

#case: lookup("a", 0, 1)
#case: lookup("bc", 1, 0)
#case: lookup("zz", 0, 1)
#case: lookup("a", 1, 1)
