"""A variable holding a str on some paths and a number (bool, int, float, or None) on others,
both reaching one read: one value of either kind (`rt::StrNum`) that keeps its real Python
type in results, `print`, `str`, `repr`, f-strings, `==`, truth, dict keys and helpers; an
operation needing one kind checks it when the code runs and raises CPython's TypeError."""


# export label(int)
def label(n):
    if n > 0:
        x = "pos"
    elif n < 0:
        x = n
    else:
        x = 0.5
    print(x, repr(x), str(x), f"[{x}]")
    return x, str(x), repr(x), f"{x}|{x!r}", bool(x), x == "pos", x != 3, x == n


#case: label(3)
#case: label(-2)
#case: label(0)


# export fizz(int)
def fizz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            v = "FizzBuzz"
        elif i % 3 == 0:
            v = "Fizz"
        elif i % 5 == 0:
            v = "Buzz"
        else:
            v = i
        out.append(str(v))
    return " ".join(out)


#case: fizz(0)
#case: fizz(16)


# export parse(str list)
def parse(words):
    counts = {}
    last = None
    for w in words:
        if w.isdigit():
            k = int(w)
        else:
            k = w
        counts[k] = counts.get(k, 0) + 1
        last = k
    return counts, last


#case: parse([])
#case: parse(["a", "1", "a", "01", "b", "1"])


def show(v):
    return "<" + str(v) + ">"


def double(v):
    return v + v


# export helpers(int, str)
def helpers(n, s):
    x = s if n % 2 else n
    return show(x), x, show(n)


#case: helpers(3, "odd")
#case: helpers(4, "odd")
#case: helpers(-1, "")


# export arith(int, float)
def arith(n, f):
    x = "text" if n == 0 else n
    a = x + f
    b = 2 - x
    c = x / 4
    d = -x
    e = x ** 2
    return a, b, c, d, e, x < 5, 5 <= x


#case: arith(3, 0.5)
#case: arith(-4, 2.0)
#case: arith(0, 1.0)


# export concat(int, str)
def concat(n, s):
    x = s if n > 0 else n
    return x + "!", "<" + x, len(x), x < "m", "m" >= x


# export concat_errors(int, str)
def concat_errors(n, s):
    x = s if n > 0 else n
    out = []
    try:
        out.append(x + "!")
    except TypeError as e:
        out.append(str(e))
    try:
        out.append("<" + x)
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(str(x + 1.5))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(str(True + x))
    except TypeError as e:
        out.append(str(e))
    return out


#case: concat(1, "abc")
#case: concat(1, "")
#case: concat(0, "abc")
#case: concat_errors(0, "abc")
#case: concat_errors(2, "abc")


# export convert(int, str)
def convert(n, s):
    x = s if n > 0 else n * 1.5
    return int(x), float(x)


#case: convert(1, "42")
#case: convert(0, "42")
#case: convert(1, "4.5")
#case: convert(-3, "x")


# export truth(int)
def truth(n):
    x = "" if n == 0 else n
    if x:
        r = "true"
    else:
        r = "false"
    return r, not x, x or "empty", x and 7


#case: truth(0)
#case: truth(5)


# export maybe(int)
def maybe(n):
    x = None
    if n > 0:
        x = "big" if n > 10 else n
    return x, x is None


#case: maybe(0)
#case: maybe(4)
#case: maybe(40)


# export keys(int list)
def keys(xs):
    s = set()
    d = {}
    for v in xs:
        k = "neg" if v < 0 else v
        s.add(k)
        d[k] = d.get(k, 0) + v
    return sorted(d.values()), len(s), d


#case: keys([])
#case: keys([1, -2, 1, -3, 4, True])


# export percent(int, str)
def percent(n, s):
    x = s if n else 2.5
    return "%s/%r" % (x, x), "val=%s" % x


#case: percent(1, "a'b")
#case: percent(0, "a")


# export op_errors(int, int, str)
def op_errors(k, n, s):
    try:
        return op_error(k, n, s)
    except TypeError as e:
        return "TypeError: " + str(e)


def op_error(k, n, s):
    x = s if n > 0 else n
    if k == 0:
        return str(x - 1)
    if k == 1:
        return str(1 - x)
    if k == 2:
        return str(x / 2)
    if k == 3:
        return str(x ** 2)
    if k == 4:
        return str(x // 2)
    if k == 5:
        return str(7 % x)
    if k == 6:
        return str(-x)
    if k == 7:
        return str(x < 1)
    if k == 8:
        return str(2 >= x)
    if k == 9:
        return str(x > "a")
    if k == 10:
        return str(len(x))
    return str(x & 3)


#case: op_errors(0, 1, "s")
#case: op_errors(1, 1, "s")
#case: op_errors(2, 1, "s")
#case: op_errors(3, 1, "s")
#case: op_errors(4, 1, "s")
#case: op_errors(5, 1, "s")
#case: op_errors(6, 1, "s")
#case: op_errors(7, 1, "s")
#case: op_errors(8, 1, "s")
#case: op_errors(9, 0, "s")
#case: op_errors(9, 1, "s")
#case: op_errors(10, -5, "s")
#case: op_errors(11, 1, "s")
#case: op_errors(11, -6, "s")
#case: op_errors(4, -7, "s")
#case: op_errors(5, -3, "s")


# export two_webs(int)
def two_webs(n):
    # one type per web: split into two variables, no str-or-number value
    x = "count"
    s = x + ":"
    x = n * 2
    return s, x


#case: two_webs(4)


# export both_kinds(int, str)
def both_kinds(n, s):
    x = s if n > 0 else n
    y = n if n > 0 else s
    return x == y, x != y, [x, y], (x, y)


#case: both_kinds(1, "a")
#case: both_kinds(0, "a")


# export mixed_keys(int, str)
def mixed_keys(n, s):
    x = s if n > 0 else n
    d = {x: 2}
    d[1] = 3
    d["a"] = 4
    out = [d.get(1, 0), d.get("a", 0), len(d)]
    try:
        out.append({x: 2}[1])
    except KeyError:
        out.append(-1)
    e = {1: x}
    try:
        out.append(e[1] + 1)
    except TypeError:
        out.append(-2)
    return out, d, x in d, x in [x, 3]


#case: mixed_keys(1, "a")
#case: mixed_keys(0, "ab")
#case: mixed_keys(1, "x")
#case: mixed_keys(-1, "x")
