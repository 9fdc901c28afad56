# error-at: 5:10
# An export cannot declare `*args`: export a function with fixed parameters that calls it.


# export total(int, int)
def total(*xs):
    return sum(xs)
