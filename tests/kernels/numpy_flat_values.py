"""`a.flat`, `np.ndenumerate(a)` and `np.ndindex(...)` kept in variables: numpy's iterators
read the array as they go, keep one position shared by every name of the value (`next`, a
loop left by `break` and resumed), and any subscript of a flatiter resets it (numpy's
`iter_subscript`/`iter_ass_subscript`)."""

import numpy as np

# export flat_loop(float[:,::])
# export flat_loop(int[:,:,::])
# export flat_loop(float32[::])
# export flat_loop(complex[:,:])
# export flat_next(float[:,::])
# export flat_next_default(int[::], int)
# export flat_break_resume(float[:,::], float)
# export flat_index_resets(float[:,::], int)
# export flat_store(float[:,::], int, float)
# export flat_store_slice(int[:,:], int)
# export flat_aug(float[:,::], int[])
# export flat_lazy(float[:,:])
# export flat_rebind(float[::])
# export flat_shared(int[:,:])
# export flat_helper(float[:,::])
# export flat_attrs(float[:,::])
# export flat_empty(float[:,:])
# export flat_truth(float[:])
# export flat_readonly(float[:,:])
# export enum_kept(float[:,::])
# export enum_kept(int[:,:,::])
# export enum_break_resume(float[:,::], float)
# export enum_next(float[:])
# export enum_lazy(float[:,:])
# export ndindex_kept(int, int)


def flat_loop(a):
    it = a.flat
    out = []
    for x in it:
        out.append(x)
    return out, list(it)


#case: flat_loop(np.arange(12.0).reshape(3, 4))
#case: flat_loop(np.arange(12.0).reshape(3, 4).T)
#case: flat_loop(np.arange(24.0).reshape(4, 6)[::-2, 1::2])
#case: flat_loop(np.array([[np.nan, -0.0], [np.inf, -1.5]]))
#case: flat_loop(np.zeros((0, 3)))
#case: flat_loop(np.arange(24).reshape(2, 3, 4).transpose(2, 0, 1))
#case: flat_loop(np.arange(5, dtype=np.float32)[::-1])
#case: flat_loop(np.array([[1 + 2j, -3j], [np.nan, 0j]]).T)


def flat_next(a):
    it = a.flat
    x = next(it)
    y = next(it)
    return x, y, list(it), next(it, np.float64(-1.0))


#case: flat_next(np.arange(6.0).reshape(2, 3))
#case: flat_next(np.arange(6.0).reshape(2, 3).T)
#case: flat_next(np.arange(2.0).reshape(1, 2))
#case: flat_next(np.arange(1.0).reshape(1, 1))
#case: flat_next(np.zeros((2, 0)))


def flat_next_default(a, d):
    it = a.flat
    return next(it, np.int64(d)), next(it, np.int64(d)), next(it, np.int64(d))


#case: flat_next_default(np.arange(2), -7)
#case: flat_next_default(np.arange(5)[::-2], 0)
#case: flat_next_default(np.arange(0), 3)


def flat_break_resume(a, lim):
    it = a.flat
    first = []
    for x in it:
        first.append(x)
        if x > lim:
            break
    rest = [x for x in it]
    return first, rest


#case: flat_break_resume(np.arange(12.0).reshape(3, 4), 4.5)
#case: flat_break_resume(np.arange(12.0).reshape(3, 4).T, 4.5)
#case: flat_break_resume(np.arange(12.0).reshape(3, 4), 100.0)
#case: flat_break_resume(np.arange(12.0).reshape(3, 4), -1.0)


def flat_index_resets(a, k):
    it = a.flat
    next(it)
    next(it)
    v = it[k]
    w = next(it)
    s = it[1:4]
    next(it)
    return v, w, s, it[-1], next(it)


#case: flat_index_resets(np.arange(12.0).reshape(3, 4), 5)
#case: flat_index_resets(np.arange(12.0).reshape(3, 4).T, -2)
#case: flat_index_resets(np.arange(24.0).reshape(4, 6)[::2, ::-3], 3)
#case: flat_index_resets(np.arange(12.0).reshape(3, 4), 12)
#case: flat_index_resets(np.arange(12.0).reshape(3, 4), -13)


def flat_index_error_resets(a, k):
    it = a.flat
    next(it)
    try:
        it[k]
    except IndexError:
        pass
    return next(it)


# export flat_index_error_resets(float[:,:], int)
#case: flat_index_error_resets(np.arange(6.0).reshape(2, 3), 99)
#case: flat_index_error_resets(np.arange(6.0).reshape(2, 3), 1)


def flat_store(a, k, v):
    it = a.flat
    next(it)
    it[k] = v
    return next(it), next(it)


#case: flat_store(np.arange(12.0).reshape(3, 4), 0, 9.5)
#case: flat_store(np.arange(12.0).reshape(3, 4).T, 1, -1.0)
#case: flat_store(np.arange(24.0).reshape(4, 6)[1::2, ::-2], -1, np.nan)
#case: flat_store(np.arange(12.0).reshape(3, 4), 12, 1.0)


def flat_store_slice(a, v):
    it = a.flat
    it[::3] = v
    idx = np.array([1, -1])
    it[idx] = np.array([-5, -6])
    last = list(it)
    it[np.array([4, 2])] = np.array([-7, -8])
    return last, next(it), list(it)


#case: flat_store_slice(np.arange(12).reshape(3, 4), 100)
#case: flat_store_slice(np.arange(12).reshape(4, 3).T, -1)
#case: flat_store_slice(np.arange(6).reshape(2, 3), 7)


def flat_aug(a, idx):
    it = a.flat
    it[0] += 1.5
    it[idx] *= 2.0
    after = next(it)
    it[1:3] -= 1.0
    return after, next(it), next(it)


#case: flat_aug(np.arange(12.0).reshape(3, 4), np.array([1, 5, -1]))
#case: flat_aug(np.arange(12.0).reshape(3, 4).T, np.array([0, 0, 2]))
#case: flat_aug(np.arange(12.0).reshape(3, 4), np.array([12]))
#case: flat_aug(np.arange(12.0).reshape(3, 4), np.array([3, -12]))


def flat_lazy(a):
    it = a.flat
    x = next(it)
    a[0, 1] = -99.0
    a[1, 0] = -98.0
    y = next(it)
    return x, y, list(it)


#case: flat_lazy(np.arange(6.0).reshape(2, 3))
#case: flat_lazy(np.arange(6.0).reshape(3, 2).T)


def flat_rebind(a):
    it = a.flat
    a = a * 2.0
    first = next(it)
    it = a.flat
    return first, next(it), list(it)


#case: flat_rebind(np.arange(4.0))
#case: flat_rebind(np.arange(8.0)[::-3])


def flat_shared(a):
    it = a.flat
    other = it
    xs = [next(it), next(other), next(it)]
    return xs, len(other), next(it), list(other)


#case: flat_shared(np.arange(6).reshape(2, 3))
#case: flat_shared(np.arange(6).reshape(3, 2).T)
#case: flat_shared(np.arange(2).reshape(1, 2))


def take_two(it):
    return next(it) + next(it)


def flat_helper(a):
    it = a.flat
    s = take_two(it)
    t = take_two(it)
    return s, t, sum(it)


#case: flat_helper(np.arange(12.0).reshape(3, 4))
#case: flat_helper(np.arange(12.0).reshape(3, 4)[:, ::-1])
#case: flat_helper(np.arange(3.0).reshape(1, 3))


def flat_attrs(a):
    it = a.flat
    a[0, 0] = 42.0
    return it[0], len(it), next(it)


#case: flat_attrs(np.arange(6.0).reshape(2, 3))
#case: flat_attrs(np.arange(6.0).reshape(3, 2).T)


def flat_empty(a):
    it = a.flat
    n = 0
    for _ in it:
        n += 1
    return n, len(it), list(it), next(it, np.float64(-1.0))


#case: flat_empty(np.zeros((0, 4)))
#case: flat_empty(np.zeros((3, 0)))
#case: flat_empty(np.zeros((1, 2)))


def flat_truth(a):
    it = a.flat
    return bool(it), 1 if it else 0


#case: flat_truth(np.zeros(0))
#case: flat_truth(np.zeros(3))


def flat_readonly(a):
    it = a.flat
    it[0] = 1.0
    return a[0, 0]



def enum_kept(a):
    e = np.ndenumerate(a)
    first = next(e)
    return first, list(e), list(e)


#case: enum_kept(np.arange(6.0).reshape(2, 3))
#case: enum_kept(np.arange(6.0).reshape(2, 3).T)
#case: enum_kept(np.arange(24).reshape(2, 3, 4)[:, ::-1, 1::2])
#case: enum_kept(np.zeros((1, 1)))
#case: enum_kept(np.zeros((0, 2)))


def enum_break_resume(a, lim):
    e = np.ndenumerate(a)
    seen = []
    for ix, x in e:
        seen.append(ix)
        if x > lim:
            break
    rest = []
    for (i, j), x in e:
        rest.append(i * 10 + j + x)
    return seen, rest


#case: enum_break_resume(np.arange(12.0).reshape(3, 4), 4.5)
#case: enum_break_resume(np.arange(12.0).reshape(3, 4)[::-1].T, 4.5)
#case: enum_break_resume(np.arange(12.0).reshape(3, 4), 99.0)


def enum_next(a):
    e = np.ndenumerate(a)
    first = next(e, ((-1,), np.float64(-1.0)))
    second = next(e)
    return first, second


#case: enum_next(np.array([1.5, -2.5, 3.0]))
#case: enum_next(np.array([1.5]))
#case: enum_next(np.zeros(0))


def enum_truth(a):
    e = np.ndenumerate(a)
    idx = np.ndindex(a.shape)
    return bool(e), 1 if idx else 0


# export enum_truth(float[:,:])
#case: enum_truth(np.zeros((0, 2)))
#case: enum_truth(np.zeros((2, 2)))


def enum_lazy(a):
    e = np.ndenumerate(a)
    x = next(e)
    a[0, 1] = -99.0
    return x, next(e)


#case: enum_lazy(np.arange(6.0).reshape(2, 3))


def ndindex_kept(m, n):
    idx = np.ndindex(m, n)
    first = next(idx, (-1, -1))
    return first, list(idx), list(idx)


#case: ndindex_kept(2, 3)
#case: ndindex_kept(1, 1)
#case: ndindex_kept(0, 3)
#case: ndindex_kept(-1, 3)
