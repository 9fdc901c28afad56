# error-at: 4:9
# a module-level variable must be a constant (numbers, strings, tuples).

table = [1, 2, 3]

# export first()


def first():
    return table[0]
