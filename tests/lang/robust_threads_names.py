"""Generated names never collide with the user's: locals and parameters named like Rust
keywords, the names generated code uses (`py`, `rt`, `Some`, ...) and its escapes (`self_py`),
and like generated temporaries (`__acc`, `__i`, `__t0`, ...)."""

# export collide_self(int, int)
# export collide_some(int, int)
# export collide_rt(int, int)
# export temps(int)
# export temps_float(float[])
# export append_n(int list, int)


def collide_self(self, self_py):
    return self * 10 + self_py


#case: collide_self(1, 2)


def collide_some(Some, Some_py):
    py = Some + 1
    py_py = Some_py + 2
    return py * 100 + py_py


#case: collide_some(3, 4)


def collide_rt(rt, rt_py):
    Ok = rt - rt_py
    Err = rt + rt_py
    return Ok * Err


#case: collide_rt(5, 2)


def temps(n):
    __acc = 0
    __i = 100
    __k0 = 7
    __t0 = 3
    __out = 1
    __x = 2
    __a = 5
    __s = 11
    __r = 13
    for i in range(n):
        __acc += i * __i + __k0 + __t0 + __out + __x + __a + __s + __r
    return __acc


#case: temps(10)


def temps_float(a):
    __acc = 0.0
    __i = 0.5
    __raw_a = 1.0
    s = 0.0
    for k in range(len(a)):
        s += a[k] * __i + __raw_a
    __acc = s
    return __acc


#case: temps_float(np.arange(20.0))


def append_n(l, n):
    for i in range(n):
        l.append(i)
    return len(l)


#case: append_n([1, 2], 3)
