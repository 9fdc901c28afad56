"""Export grammar: `A or B` alternatives and several export lines (overloads)."""

# export scale(int or float, int)
def scale(x, k):
    return x * k

#case: scale(3, 4)
#case: scale(1.5, 4)
#typeerror: scale("a", 4)

# export describe(int)
# export describe(str)
# export describe(float list)
def describe(x):
    return f"{x}"

#case: describe(5)
#case: describe("five")
#case: describe([5.0, 0.5])

# export combos(int or float, int or float)
def combos(a, b):
    return a + b

#case: combos(1, 2)
#case: combos(1, 2.5)
#case: combos(1.5, 2)
#case: combos(1.5, 2.5)
