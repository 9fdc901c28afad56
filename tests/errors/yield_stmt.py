# error-at: 11:17
# Generators (yield) are not supported; seed 002's common_elements, over indices.

# export common_elements(int[], int[])


def common_elements(a, b):
    for i in range(len(a)):
        for j in range(len(b)):
            if a[i] == b[j]:
                yield a[i]
