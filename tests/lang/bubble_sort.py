"""In-place sorting of a list argument (the caller sees the change)."""

# export bubble(int list)
def bubble(xs):
    n = len(xs)
    swapped = True
    while swapped:
        swapped = False
        for i in range(1, n):
            if xs[i - 1] > xs[i]:
                xs[i - 1], xs[i] = xs[i], xs[i - 1]
                swapped = True
    return None

#case: bubble([5, 1, 4, 2, 8])
#case: bubble([])
#case: bubble([1])

# export insertion(float list)
def insertion(xs):
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key
    return xs

#case: insertion([3.5, -1.0, 2.0, 2.0])
