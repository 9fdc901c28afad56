"""Common elements of two lists (seed 002): the seed's generator, written as a list
comprehension, and the set version the seed recommends."""

# export common_elements(int list, int list)
# export common_set(int list, int list)


def common_elements(a, b):
    return [i for i in a for j in b if i == j]


def common_set(a, b):
    return sorted(set(a) & set(b))

#case: common_elements([1, 5, 3, 5], [5, 3, 9])
#case: common_elements([], [1, 2])
#case: common_elements([2, 2], [2, 2])
#case: common_set([1, 5, 3, 5], [5, 3, 9])
#case: common_set([], [])
#case: common_set([7, 1, 7], [1, 7, 7])

#setup: import random
#setup: random.seed(0)
#setup: list1 = [random.randrange(2000) for _ in range(1000)]
#setup: list2 = [random.randrange(2000) for _ in range(1000)]
#quick-setup: list1 = list(range(0, 200, 3))
#quick-setup: list2 = list(range(0, 200, 5))
#run: common_elements(list1, list2)
