# error-at: 7:1
# A class is not supported: pyrs compiles functions over numbers and arrays.

# export area(float)


class Square:
    def __init__(self, side):
        self.side = side


def area(side):
    return side * side
