# error-at: 11:9
# a module variable assigned in a parallel loop (a race).
hits = 0


# export count(float[])
def count(a):
    global hits
    # omp parallel for
    for i in range(len(a)):
        hits += 1
    return hits
