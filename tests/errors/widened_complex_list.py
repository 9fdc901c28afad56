# error-at: 8:16
# a list keeps each item's own type: Python's list is [0, 1j]; a list of complex would be
# [0j, 1j], so pyrs refuses rather than widen the int.


# export pair()
def pair():
    return [0, 1j]
