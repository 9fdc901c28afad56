# error-at: 7:10
# open() in binary mode: pyrs reads and writes text files.


# export f(str)
def f(path):
    with open(path, 'rb') as fh:
        return len(fh.read())
