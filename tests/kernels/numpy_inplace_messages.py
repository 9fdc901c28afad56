"""numpy's broadcast error texts where an array is written in place: augmented assignments
(`a += b`: numpy's ufunc with `out=a` lists the shapes of both operands and of the output,
"operands could not be broadcast together with shapes (2,) (3,) (2,) ", or, when the
operands broadcast to a shape the output cannot hold, "non-broadcastable output operand with
shape (3,) doesn't match the broadcast shape (2,3)"), stores into slices and `[...]`
("could not broadcast input array from shape (3,) into shape (2,)")."""

import numpy as np


# export iadd_msg(float[], float[])
# export iadd_msg(float[:,:], float[:,:])
# export iadd_msg(float[:], float[:,:])
# export iadd_msg(float[:,:], float[:])
def iadd_msg(a, b):
    out = []
    for k in range(4):
        x = a.copy()
        try:
            if k == 0:
                x += b
            elif k == 1:
                x -= b
            elif k == 2:
                x *= b
            else:
                x /= b
            out.append("ok")
        except ValueError as e:
            out.append(str(e))
    return out


#case: iadd_msg(np.zeros(2), np.ones(3))
#case: iadd_msg(np.zeros(3), np.ones(2))
#case: iadd_msg(np.zeros(3), np.ones(3))
#case: iadd_msg(np.zeros(3), np.ones(1))
#case: iadd_msg(np.zeros(0), np.ones(2))
#case: iadd_msg(np.zeros((2, 3)), np.ones((3, 3)))
#case: iadd_msg(np.zeros((2, 3)), np.ones((2, 1)))
#case: iadd_msg(np.zeros((2, 1)), np.ones((2, 3)))
#case: iadd_msg(np.zeros(3), np.ones((2, 3)))
#case: iadd_msg(np.zeros(3), np.ones((2, 2)))
#case: iadd_msg(np.zeros((2, 3)), np.ones(4))


# export iadd_int_msg(int[], int[])
def iadd_int_msg(a, b):
    out = []
    for k in range(3):
        x = a.copy()
        try:
            if k == 0:
                x += b
            elif k == 1:
                x //= b
            else:
                x |= b
            out.append("ok")
        except ValueError as e:
            out.append(str(e))
    return out


#case: iadd_int_msg(np.zeros(2, dtype=np.int64), np.ones(3, dtype=np.int64))


# export store_msg(float[], float[])
# export store_msg(float[:,:], float[:])
def store_msg(a, b):
    out = []
    for k in range(2):
        x = a.copy()
        try:
            if k == 0:
                x[...] = b
            else:
                x[:] = b
            out.append("ok")
        except ValueError as e:
            out.append(str(e))
    return out


#case: store_msg(np.zeros(2), np.ones(3))
#case: store_msg(np.zeros(3), np.ones(1))
#case: store_msg(np.zeros((2, 3)), np.ones(2))
#case: store_msg(np.zeros((2, 3)), np.ones(3))
