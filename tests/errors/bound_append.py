# error-at: 8:12
# A bound method that stores into its container, used as a value: refused (write a lambda).


# export collect(int list)
def collect(xs):
    out = []
    push = out.append
    for v in xs:
        push(v)
    return out
