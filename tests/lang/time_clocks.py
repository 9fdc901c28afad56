"""`time.time()`, `time.perf_counter()`, `time.monotonic()`, `time.process_time()` inside
compiled code: floats from the clocks CPython reads (a driver timing itself)."""
import time
from time import perf_counter

# export timed(int)
def timed(n):
    t0 = time.time()
    p0 = perf_counter()
    m0 = time.monotonic()
    c0 = time.process_time()
    s = 0
    for i in range(n):
        s += i
    dt = time.time() - t0
    dp = perf_counter() - p0
    return s, dt >= 0.0, dp >= 0.0, time.monotonic() >= m0, time.process_time() >= c0, t0 > 1e9

#case: timed(1000)

# export since(float)
def since(start):
    # a value taken in Python, subtracted in compiled code: the same clock
    return 0.0 <= perf_counter() - start < 3600.0

#case: since(__import__("time").perf_counter())
