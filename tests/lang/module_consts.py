"""Module-level constants read inside functions (also exposed by the compiled module)."""
import math

N_MAX = 1000
TOL = 1e-9
TWO_PI = 2 * math.pi
ORIGIN = (0.0, 0.0)
GREETING = "hi"
DEBUG = False
HALF = N_MAX // 2 + 0.5
NEG = -N_MAX

# export clip(int)
def clip(n):
    if n > N_MAX:
        return N_MAX
    if n < NEG:
        return NEG
    return n

#case: clip(5)
#case: clip(5000)
#case: clip(-5000)

# export close(float, float)
def close(a, b):
    return abs(a - b) < TOL

#case: close(1.0, 1.0 + 1e-12)
#case: close(1.0, 1.1)

# export angle(float)
def angle(t):
    return t % TWO_PI, ORIGIN, GREETING + "!", DEBUG, HALF

#case: angle(7.0)

# export shadow(float)
def shadow(TOL):
    return TOL * 2, TWO_PI
#case: shadow(3.0)
