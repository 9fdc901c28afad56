"""print() from compiled code writes to sys.stdout through Python's print (the differential
tests compare the returned values; test_lang_print.py compares the output)."""

# export show(int, float, str)
def show(n, x, s):
    print(n, x, s)
    print(n, x, sep=", ", end="!\n")
    print()
    for i in range(n):
        print(f"line {i}: {x * i:.2f}")
    return n

#case: show(2, 1.5, "s")
#case: show(0, -0.0, "")
