"""NaN in sorts and min/max: CPython orders by `<` alone, so where NaN sits after `sorted`
depends on its algorithm (timsort with powersort merges): compiled code must put every item
where CPython does, never panic on the inconsistent order."""

# export sort_f(float list)
# export sort_rev(float list)
# export sort_inplace(float list)
# export sort_key(float list)
# export sort_key_rev(int list, float list)
# export min_max(float list)
# export min_max_args(float, float, float)
# export sort_tuples(float list)


def sort_f(v):
    return sorted(v)


#case: sort_f([3.0, nan, 1.0, 2.0])
#case: sort_f([nan, 3.0, 1.0, nan, 2.0, 0.0])
#case: sort_f([nan if (i * 37) % 11 == 0 else float((i * 7919) % 101) for i in range(300)])
#case: sort_f([nan if (i * 13) % 97 == 0 else float(i + (i * 7) % 5) for i in range(2000)])
#case: sort_f([nan if (i * 13) % 5 == 0 else float(-i // 7) for i in range(777)])
#case: sort_f([nan if i % 64 == 63 else float(i % 64) for i in range(1500)])
#case: sort_f([nan if (i * 31) % 17 < 4 else float((i * 53) % 29) for i in range(65)])
#case: sort_f([nan] * 5 + [2.0, 1.0])


def sort_rev(v):
    return sorted(v, reverse=True)


#case: sort_rev([3.0, nan, 1.0, 2.0, nan, 0.5])
#case: sort_rev([nan if (i * 37) % 11 == 0 else float((i * 7919) % 101) for i in range(300)])
#case: sort_rev([nan if (i * 13) % 97 == 0 else float(i // 3) for i in range(1000)])


def sort_inplace(v):
    v.sort()
    return len(v)


#case: sort_inplace([2.0, nan, 1.0])
#case: sort_inplace([nan if (i * 37) % 11 == 0 else float((i * 7919) % 101) for i in range(300)])
#case: sort_inplace([nan if (i * 3) % 41 == 0 else float(i % 50) for i in range(1200)])


def sort_key(v):
    return sorted(v, key=lambda x: -x)


#case: sort_key([2.0, nan, 1.0, 3.0, nan, 0.0])
#case: sort_key([nan if (i * 37) % 11 == 0 else float((i * 7919) % 101) for i in range(300)])


def sort_key_rev(idx, w):
    return sorted(idx, key=lambda i: w[i], reverse=True)


#case: sort_key_rev(list(range(6)), [2.0, nan, 1.0, 3.0, nan, 0.0])
#case: sort_key_rev(list(range(200)), [nan if (i * 37) % 11 == 0 else float((i * 7919) % 101) for i in range(200)])


def min_max(v):
    return min(v), max(v)


#case: min_max([nan, 1.0, 2.0])
#case: min_max([1.0, nan, 2.0])
#case: min_max([2.0, 1.0, nan, 0.0])
#case: min_max([0.0, -0.0])
#case: min_max([-0.0, 0.0])


def min_max_args(a, b, c):
    return min(a, b, c), max(a, b, c), min(a, b), max(b, c)


#case: min_max_args(nan, 1.0, 2.0)
#case: min_max_args(1.0, nan, 0.0)
#case: min_max_args(3.0, 2.0, nan)


def sort_tuples(v):
    return sorted([(x, i) for i, x in enumerate(v)])


#case: sort_tuples([2.0, 1.0, 3.0])
#case: sort_tuples([float((i * 7919) % 101) for i in range(100)])
