# error-at: 10:13
# no sound type: an int in one branch, a list in the other (both places are shown).

# export f(int)


def f(n):
    x = 0
    if n > 0:
        x = [n]
    return x
