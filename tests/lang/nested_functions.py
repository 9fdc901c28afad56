"""Functions defined inside functions, reading the enclosing variables (not escaping)."""

# export poly(float list, float)
def poly(coeffs, x):
    def term(k):
        return coeffs[k] * x ** k
    s = 0.0
    for k in range(len(coeffs)):
        s += term(k)
    return s

#case: poly([1.0, 2.0, 3.0], 2.0)
#case: poly([], 2.0)

# export fact(int)
def fact(n):
    def go(k):
        if k <= 1:
            return 1
        return k * go(k - 1)
    return go(n)

#case: fact(10)
#case: fact(0)

# export late_binding(int)
def late_binding(n):
    base = 1
    def add(v):
        return v + base
    first = add(n)
    base = 100
    return first, add(n)

#case: late_binding(5)

# export siblings(int)
def siblings(n):
    scale = 3
    def f(v):
        return v * scale
    def g(v):
        return f(v) + 1
    return [g(i) for i in range(n)]

#case: siblings(4)
