"""Text files: `open()` and `with open(...) as f` for reading (`read`, `readline`, `readlines`,
iteration) and writing (`write`); Python's own file objects, so encodings, newlines and the
errors raised (FileNotFoundError, ...) are CPython's."""

import numpy as np

# export roundtrip(str, int)
def roundtrip(path, n):
    with open(path, 'w') as f:
        for i in range(n):
            f.write(str(i * i) + '\n')
        written = f.write('end')
    total = 0
    count = 0
    with open(path) as f:
        for line in f:
            if line.strip().isdigit():
                total += int(line)
            count += 1
    g = open(path, 'r', encoding='utf-8')
    first = g.readline()
    rest = g.read()
    g.close()
    with open(path) as a, open(path) as b:
        both = len(a.readlines()) + len(b.read(3))
    return total, count, first, rest, written, both


# export missing(str)
def missing(path):
    try:
        with open(path) as f:
            return f.read()
    except FileNotFoundError as e:
        return 'missing: ' + str(e)


# export raises(str)
def raises(path):
    with open(path) as f:
        return f.read()


# export numbers(str, float[:])
def numbers(path, xs):
    with open(path, 'w') as out:
        for x in xs:
            out.write(f'{x:.3f}\n')
    values = []
    with open(path) as inp:
        for line in inp.readlines():
            values.append(float(line))
    return values, sum(values)

#case: roundtrip('/tmp/pyrs_files_text_1.txt', 5)
#case: roundtrip('/tmp/pyrs_files_text_2.txt', 0)
#case: missing('/tmp/pyrs_no_such_dir/x.txt')
#case: raises('/tmp/pyrs_no_such_dir/x.txt')
#case: raises('/tmp')
#case: numbers('/tmp/pyrs_files_text_3.txt', np.array([1.5, -2.25, 1e-3]))
