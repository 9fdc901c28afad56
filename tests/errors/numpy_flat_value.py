# error-at: 9:11
# `a.flat` kept in a variable is numpy's flatiter; returned, it is refused (it reads the array lazily).
import numpy as np

# export f(float[:,:], float[])


def f(a, w):
    b = a[w, 1:]
    return a.flat
