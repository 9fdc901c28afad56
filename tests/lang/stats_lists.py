"""Statistics over float lists with builtins and comprehensions."""
import math

# export describe(float list)
def describe(xs):
    n = len(xs)
    mean = sum(xs) / n
    var = sum((x - mean) ** 2 for x in xs) / n
    srt = sorted(xs)
    median = srt[n // 2] if n % 2 == 1 else (srt[n // 2 - 1] + srt[n // 2]) / 2
    return mean, math.sqrt(var), median, min(xs), max(xs)

#case: describe([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
#case: describe([1.5])
#case: describe([])

# export normalize(float list)
def normalize(xs):
    total = sum(xs)
    return [x / total for x in xs]

#case: normalize([1.0, 3.0])
#case: normalize([0.0])
