"""An empty list literal whose element type comes from a later .append.

Separate file: inferring the type of `[]` is a step beyond the issue's list support.
"""

# export cubes(int)
# export evens(int list)


def do_math(x):
    return 3 + x**3


def cubes(n):
    # seed 002: squares.append(do_math(i)).
    squares = []
    for i in range(n):
        squares.append(do_math(i))
    return squares


#case: cubes(10)
#case: cubes(0)


def evens(xs):
    out = []
    for i in range(len(xs)):
        if xs[i] % 2 == 0:
            out.append(xs[i])
    return out


#case: evens([1, 2, 3, 4, 6])
#case: evens([])
