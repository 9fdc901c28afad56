"""Python's scoping: loop variables after the loop, comprehension variables stay inside."""

# export after_loop(int)
def after_loop(n):
    i = -1
    for i in range(n):
        pass
    return i

#case: after_loop(5)
#case: after_loop(0)

# export comp_scope(int)
def comp_scope(n):
    k = "outer"
    ks = [k for k in range(n)]
    return k, ks, {k: k * k for k in range(2)}, k

#case: comp_scope(3)
