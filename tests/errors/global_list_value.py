# error-at: 3:11
# module variables hold numbers, strings and tuples of numbers.
history = ("a", "b")


# export push(str)
def push(s):
    global history
    history = (history[1], s)
    return history
