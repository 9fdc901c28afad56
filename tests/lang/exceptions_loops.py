"""Exceptions inside loops: handled per iteration, propagated from helpers."""

def parse(s):
    if s == "":
        raise ValueError("empty field")
    return int(s)

# export parse_all(str list)
def parse_all(fields):
    good = []
    errors = 0
    for f in fields:
        try:
            good.append(parse(f))
        except ValueError:
            errors += 1
            continue
    return good, errors

#case: parse_all(["1", "", "x", "42"])

# export strict(str list)
def strict(fields):
    return [parse(f) for f in fields]

#case: strict(["1", "2"])
#case: strict(["1", ""])

# export safe_div_all(float list, float)
def safe_div_all(xs, d):
    out = []
    for x in xs:
        try:
            out.append(x / d)
        except ZeroDivisionError:
            out.append(0.0)
        finally:
            d -= 1.0
    return out

#case: safe_div_all([1.0, 2.0, 3.0], 1.0)

# export index_errors(int list, int list)
def index_errors(xs, idx):
    hits = 0
    for i in idx:
        try:
            hits += xs[i]
        except IndexError:
            hits -= 1000
    return hits

#case: index_errors([1, 2, 3], [0, 5, -1, -4])
