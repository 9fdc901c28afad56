"""Float sums in numpy's order, so that they agree to the last bit: a reduction over the
innermost axis in memory is pairwise per lane, over any other axis it adds row after row;
a whole-array sum follows the memory order of the array (merging axes that are contiguous
together); complex sums are numpy's interleaved pairwise sum and complex means multiply by
1/n (numpy divides by n+0j); an expression is summed in the memory order of the temporary
numpy would make for it; float32 and complex64 arrays are reduced in float32."""

import numpy as np

# export sums2(float[:,::])
# export sums2(complex[:,::])
# export sums3(float[:,:,::])
# export sums3(complex[:,:,::])
# export whole(float[:,::])
# export whole(complex[:,::])
# export whole(float[:,:,::])
# export views(float[:,::])
# export views(complex[:,::])
# export exprs(float[:,::])
# export exprs(complex[:,::])
# export exprs(float32[:,::])
# export running(float32[:,::])
# export sums2c(complex64[:,::])
# export wholec(complex64[:,::])
# export sums2(float32[:,::])
# export sums3(float32[:,:,::])
# export whole(float32[:,::])
# export views(float32[:,::])
# export axis_exprs(float[:,::])
# export axis_exprs(complex[:,::])
# export axis_exprs3(float[:,:,::])
# export axis_exprs3(complex[:,:,::])
# export axis_exprs(float32[:,::])
# export axis_exprs(complex64[:,::])
# export axis_exprs3(float32[:,:,::])


def sums2(a):
    return (a.sum(axis=0), a.sum(axis=1), a.sum(axis=-1), np.sum(a, axis=0),
            a.mean(axis=0), a.mean(axis=1), a.var(axis=0), a.std(axis=1))


def sums3(a):
    return a.sum(axis=0), a.sum(axis=1), a.sum(axis=2), a.mean(axis=1), a.std(axis=0)


def whole(a):
    return a.sum(), a.mean(), np.sum(a), np.mean(a), a.var(), a.std(), (a * 1e-3 + 1.0).prod(), np.prod(a[:2])


def exprs(a):
    # numpy evaluates the expression into a temporary in the operands' memory order first
    return ((a * 2.0) + 1.0).sum(), (a * a).mean(), (a.T - 1.0).sum(), np.sum(a[:, ::2] * 3.0)


def axis_exprs(a):
    # summed along an axis without the temporary, in the order numpy sums the temporary
    return ((a * a).sum(axis=0), (a * a).sum(axis=1), np.sum(np.abs(a) ** 2, axis=-1),
            (a - 1.5).mean(axis=0), (a.T * 2.0).sum(axis=1), (a[:, ::2] + 1.0).mean(axis=1),
            (a + a[0]).sum(axis=0), (a[:, :1] * a).sum(axis=1), np.mean(a * 0.5 - a[::-1], axis=0))


def axis_exprs3(a):
    return (a * a).sum(axis=0), (a + 1.0).sum(axis=1), (a - a[0]).mean(axis=2), np.sum(a.T * 3.0, axis=1)


def sums2c(a):
    return a.sum(axis=0), a.sum(axis=1), a.mean(axis=0), a.mean(axis=-1)


def wholec(a):
    return a.sum(), a.mean(), a[1:, ::2].sum(), a.T.mean(), (a * 1e-3 + 1).prod(), a[:2, :3].prod()


def running(a):
    return a.prod(), a.prod(axis=0), np.prod(a, axis=1), a.cumsum(), a.cumsum(axis=0), np.cumprod(a, axis=1), a.cumprod()


def views(a):
    v = a[1:-1, ::2]
    t = a.T
    return (v.sum(), v.mean(), v.sum(axis=0), t.sum(), t.sum(axis=0), t.mean(axis=1),
            a[::-1, ::-1].sum(), a[:, ::-1].sum(axis=1), a[::-1].sum(axis=0))

#case: sums2(np.arange(12.0).reshape(3, 4) / 7)
#case: sums2(np.zeros((0, 3)))
#case: sums2((np.arange(6.0) + 1j).reshape(2, 3))
#case: sums3(np.arange(24.0).reshape(2, 3, 4) / 7)
#case: whole(np.arange(12.0).reshape(3, 4) / 7)
#case: whole(np.arange(24.0).reshape(2, 3, 4) / 7)
#case: whole((np.arange(6.0) - 2j).reshape(2, 3) / 3)
#case: views(np.arange(30.0).reshape(5, 6) / 7)
#case: views((np.arange(30.0) + 0.5j).reshape(5, 6) / 7)
#case: sums2(np.arange(12.0, dtype=np.float32).reshape(3, 4) / 7)
#case: whole(np.arange(12.0, dtype=np.float32).reshape(3, 4) / 7)
#case: views(np.arange(30.0, dtype=np.float32).reshape(5, 6) / 7)
#case: exprs(np.arange(12.0).reshape(3, 4) / 7)
#case: axis_exprs(np.arange(12.0).reshape(3, 4) / 7)
#case: axis_exprs(np.zeros((0, 3)))
#case: axis_exprs((np.arange(6.0) + 1j).reshape(2, 3))
#case: axis_exprs3(np.arange(24.0).reshape(2, 3, 4) / 7)
#case: axis_exprs3(np.zeros((2, 0, 3)))
#case: exprs(np.asfortranarray(np.arange(12.0).reshape(3, 4) / 7))
#case: running(np.arange(1.0, 13.0, dtype=np.float32).reshape(3, 4) / 7)
#case: sums2c((np.arange(12.0) + 1j).astype(np.complex64).reshape(3, 4) / 7)
#case: wholec((np.arange(12.0) - 2j).astype(np.complex64).reshape(3, 4) / 7)
