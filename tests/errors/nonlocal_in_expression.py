# error-at: 13:12
# a call of a function assigning `nonlocal` variables inside a larger expression: refused
# (the variables are assigned back by a statement of its own).


# export f(int)
def f(n):
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return bump() + bump() + n
