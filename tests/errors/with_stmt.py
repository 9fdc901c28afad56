# error-at: 8:5
# with statements are not supported.

# export total(float[])


def total(a):
    with open("log.txt") as log:
        log.write("x")
    return a[0]
