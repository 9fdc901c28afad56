"""Export grammar: optional trailing arguments `T?` take the def's default value."""
import numpy as np

# export power_sum(float[], int?, float?)
def power_sum(a, p=2, scale=1.0):
    s = 0.0
    for x in a:
        s += x ** p
    return s * scale

#case: power_sum(np.arange(4.0))
#case: power_sum(np.arange(4.0), 3)
#case: power_sum(np.arange(4.0), 1, 0.5)
#typeerror: power_sum()

# export greet(str, str?)
def greet(name, greeting="hello"):
    return greeting + ", " + name

#case: greet("bob")
#case: greet("bob", "hi")
