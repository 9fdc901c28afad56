"""math.fmod against the % operator (fmod keeps the sign of x, % the sign of y).

Separate file: math.fmod is not in the issue's list of math functions.
"""
import math

# export fmod_vs_mod(float, float)


def fmod_vs_mod(x, y):
    return math.fmod(x, y), x % y


#case: fmod_vs_mod(-7.5, 2.0)
#case: fmod_vs_mod(7.5, -2.0)
#case: fmod_vs_mod(-1e-20, 1.0)
#case: fmod_vs_mod(5.0, inf)
#case: fmod_vs_mod(1.0, 0.0)
