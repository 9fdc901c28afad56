"""`a.flat` (read, write, iterate; C order over any strides) and `np.ndenumerate`."""

import numpy as np

# export flat_get(float[:,::], int)
# export flat_get(int[:,:,:], int)
# export flat_get_f(float[:,:] order(F), int)
# export flat_set(float[:,::], int, float)
# export flat_set8(int8[:], int, int)
# export flat_aug(int[:,:], int)
# export flat_iter(float[:,::])
# export flat_iter(int[:,:,:,:])
# export flat_iter_f(float[:,:] order(F))
# export flat_iter_writes(float[:,:])
# export flat_slice(float[:,::])
# export flat_calls(int[:,:])
# export nd_enum(float[:,::])
# export nd_enum(int[:,:,:])
# export nd_enum1(float[])
# export nd_enum_f(complex[:,:] order(F))
# export flat_dtypes(bool[:,:], int8[:], uint16[:,:], float32[:], complex64[:,:])
# export flat_range(float[:,::])
# export flat_many(float[:,::], int[])
# export flat_many8(int8[:,:], int)
# export flat_aug_many(float[:,::], int[])
# export flat_aug8(int8[:], int)


def flat_get(a, k):
    return a.flat[k], a.flat[-1]


#case: flat_get(np.arange(12.0).reshape(3, 4), 5)
#case: flat_get(np.arange(12.0).reshape(3, 4), -12)
#case: flat_get(np.arange(12.0).reshape(3, 4), 12)
#case: flat_get(np.arange(12.0).reshape(3, 4), -13)
#case: flat_get(np.arange(12.0).reshape(3, 4).T, 1)
#case: flat_get(np.arange(24.0).reshape(4, 6)[::-2, 1::2], 4)
#case: flat_get(np.arange(24).reshape(2, 3, 4), 13)
#case: flat_get(np.zeros((0, 3)), 0)


def flat_get_f(a, k):
    return a.flat[k]


#case: flat_get_f(np.asfortranarray(np.arange(6.0).reshape(2, 3)), 1)
#case: flat_get_f(np.asfortranarray(np.arange(6.0).reshape(2, 3)), -2)


def flat_set(a, k, v):
    a.flat[k] = v
    a.flat[0] = 7
    return a


#case: flat_set(np.zeros((2, 3)), 4, 2.5)
#case: flat_set(np.zeros((2, 3)), -1, 2.5)
#case: flat_set(np.zeros((2, 3)), 6, 2.5)
#case: flat_set(np.arange(12.0).reshape(3, 4).T, 1, -1.0)


def flat_set8(a, k, v):
    a.flat[k] = v
    return a


#case: flat_set8(np.zeros(4, dtype=np.int8), 2, 100)
#case: flat_set8(np.zeros(4, dtype=np.int8), 2, 300)


def flat_aug(a, k):
    a.flat[k] += 10
    a.flat[k] *= 2
    return a


#case: flat_aug(np.arange(6).reshape(2, 3), 4)
#case: flat_aug(np.arange(6).reshape(2, 3), -6)
#case: flat_aug(np.arange(6).reshape(2, 3), 9)


def flat_iter(a):
    out = []
    for x in a.flat:
        out.append(x)
    return out, [2 * x for x in a.flat]


#case: flat_iter(np.arange(12.0).reshape(3, 4).T)
#case: flat_iter(np.arange(24.0).reshape(4, 6)[::-2, 1::2])
#case: flat_iter(np.zeros((0, 2)))
#case: flat_iter(np.arange(24).reshape(1, 2, 3, 4))


def flat_iter_f(a):
    s = 0.0
    k = 0
    for x in a.flat:
        s += x * k
        k += 1
    return s


#case: flat_iter_f(np.asfortranarray(np.arange(6.0).reshape(2, 3)))


def flat_iter_writes(a):
    # the iterator reads the array as it goes: writes ahead of it are seen
    out = []
    k = 0
    for x in a.flat:
        if k + 1 < a.size:
            a.flat[k + 1] = x + 1.0
        out.append(x)
        k += 1
    return out, a


#case: flat_iter_writes(np.zeros((2, 2)))


def flat_slice(a):
    return a.flat[1:5], a.flat[::-3], a.flat[10:]


#case: flat_slice(np.arange(12.0).reshape(3, 4).T)
#case: flat_slice(np.arange(24.0).reshape(4, 6)[::2, ::3])


def flat_calls(a):
    return sum(a.flat), list(a.flat), max(a.flat), [(i, x) for i, x in enumerate(a.flat)]


#case: flat_calls(np.arange(6).reshape(2, 3))


def nd_enum(a):
    out = []
    for idx, x in np.ndenumerate(a):
        out.append((idx, x))
    return out


#case: nd_enum(np.arange(12.0).reshape(3, 4).T)
#case: nd_enum(np.arange(24).reshape(2, 3, 4))
#case: nd_enum(np.zeros((2, 0, 3), dtype=np.int64))


def nd_enum1(a):
    s = 0.0
    for idx, x in np.ndenumerate(a):
        s += idx[0] * x
    return s, [i for (i,), x in np.ndenumerate(a) if x > 1.0]


#case: nd_enum1(np.array([1.0, 2.0, 3.0]))


def nd_enum_f(a):
    return [(i, j, x) for (i, j), x in np.ndenumerate(a)]


#case: nd_enum_f(np.asfortranarray(np.array([[1 + 2j, 3j], [4.0, -1j]])))


def flat_dtypes(b, i8, u16, f32, c64):
    b.flat[0] = True
    i8.flat[-1] += 1
    u16.flat[1] = 7
    f32.flat[0] *= 2
    c64.flat[1] = 1j
    return ([x for x in b.flat], [x for x in i8.flat], u16.flat[1], f32.flat[0], c64.flat[-1],
            [(k, x) for k, x in np.ndenumerate(c64)], [k for k, x in np.ndenumerate(b) if x])


#case: flat_dtypes(np.zeros((2, 2), bool), np.array([1, 127], np.int8), np.zeros((2, 2), np.uint16), np.array([1.5], np.float32), np.ones((2, 2), np.complex64))


def flat_range(a):
    n = a.size
    for k in range(n):
        a.flat[k] = a.flat[k] * 2 + k
    for k in range(1, n):
        a.flat[k] += a.flat[k - 1]
    return a


#case: flat_range(np.arange(6.0).reshape(2, 3))
#case: flat_range(np.arange(12.0).reshape(3, 4)[::-1, ::2])


def flat_many(a, idx):
    r = a.flat[idx]
    a.flat[1::2] = 7.0
    a.flat[:2] = np.array([[1.5, 2.5, 3.5]])
    a.flat[idx] = np.array([-1.0, -2.0])
    a.flat[5:1:-1] = a.flat[:4] + 10
    a.flat[idx[:0]] = 3.0
    a.flat[::3] = np.zeros(0)
    return r, a, a.flat[idx.reshape(-1, 1)]


#case: flat_many(np.arange(12.0).reshape(3, 4), np.array([0, -1, 5]))
#case: flat_many(np.arange(12.0).reshape(3, 4)[::-1, 1:], np.array([8, 2]))
#case: flat_many(np.arange(12.0).reshape(3, 4), np.array([0, 12]))
#case: flat_many(np.arange(12.0).reshape(3, 4), np.array([-13]))


def flat_many8(a, v):
    a.flat[1:3] = v
    return a


#case: flat_many8(np.zeros((2, 2), np.int8), 5)
#case: flat_many8(np.zeros((2, 2), np.int8), 300)


def flat_aug_many(a, idx):
    a.flat[1:4] += 10.0
    a.flat[::-2] *= np.array([2.0])
    a.flat[idx] -= np.arange(len(idx)) * 1.0
    a.flat[idx[:1]] += 100.0
    return a


#case: flat_aug_many(np.arange(12.0).reshape(3, 4), np.array([0, 0, -1]))
#case: flat_aug_many(np.arange(12.0).reshape(3, 4)[::-1, 1:], np.array([2, 5]))
#case: flat_aug_many(np.arange(12.0).reshape(3, 4), np.array([12]))
#case: flat_aug_many(np.arange(6.0).reshape(2, 3), np.array([0, 1, 2, 3]))


def flat_aug8(a, v):
    a.flat[:2] += v
    return a


#case: flat_aug8(np.array([100, 1, 2], np.int8), 50)
#case: flat_aug8(np.array([100, 1, 2], np.int8), 300)
