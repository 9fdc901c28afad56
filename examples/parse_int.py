"""Julia's micro-benchmark `parse_int`: format random 32-bit ints as hex and parse them back.
The random numbers come in as an argument so that both runs see the same ones."""

# export parse_int(int list)


def parse_int(values):
    n = 0
    for v in values:
        s = hex(v)
        m = int(s, 16)
        assert m == v
        n = m
    return n

#case: parse_int([0, 1, 255, 4294967295])
#case: parse_int([])
#case: parse_int([-17, 3])

#setup: import random
#setup: random.seed(1)
#setup: values = [random.randint(0, 2**32 - 1) for _ in range(100000)]
#quick-setup: values = list(range(0, 2**32, 2**22))
#run: parse_int(values)
