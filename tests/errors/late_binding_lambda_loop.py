# error-at: 10:19
# CPython's lambdas read `i` when they run (all see 2); pyrs would pass each its own `i`:
# refused, not computed differently.


# export scaled(int)
def scaled(x):
    fs = []
    for i in range(3):
        fs.append(lambda v: v * i)
    return [f(x) for f in fs]
