"""Integer arithmetic with Python semantics on 64-bit ints."""

# export int_ops(int, int)
# export floordiv(int, int)
# export mod(int, int)
# export truediv(int, int)
# export int_pow(int, int)
# export neg_const_pow(int)
# export unary(int)
# export aug_assign(int)
# export polynomial(int)
# export mul(int, int)
# export add(int, int)
# export ident(int)
# export int_abs(int)
# export digits_sum(int)
# export answer()


def int_ops(a, b):
    return a + b, a - b, a * b, -a, +b


#case: int_ops(3, 4)
#case: int_ops(-3, 4)
#case: int_ops(0, 0)
#deviates: int_ops(2**62, 2**62 - 1) -> OverflowError
#deviates: int_ops(-2**62, -2**62) -> OverflowError
# (a numpy scalar argument becomes the Python number: documented deviation, README)
#deviates: int_ops(np.int64(5), 7) -> (12, -2, 35, -5, 7)
#deviates: int_ops(2**62, 2**62) -> OverflowError


def floordiv(a, b):
    return a // b


#case: floordiv(7, 2)
#case: floordiv(-7, 2)
#case: floordiv(7, -2)
#case: floordiv(-7, -2)
#case: floordiv(0, 5)
#case: floordiv(-1, 2**62)
#case: floordiv(2**63 - 1, -1)
#case: floordiv(7, 0)
#case: floordiv(0, 0)
#deviates: floordiv(-2**63, -1) -> OverflowError


def mod(a, b):
    return a % b


#case: mod(7, 2)
#case: mod(-7, 2)
#case: mod(7, -2)
#case: mod(-7, -2)
#case: mod(6, 3)
#case: mod(-6, 3)
#case: mod(-1, 2**62)
#case: mod(5, 0)
#case: mod(-2**63, -1)


def truediv(a, b):
    return a / b


#case: truediv(7, 2)
#case: truediv(-7, 2)
#case: truediv(1, 3)
#case: truediv(6, 3)
#case: truediv(0, -5)
#case: truediv(2**62 + 1, 3)
#case: truediv(1, 0)
#case: truediv(0, 0)


def int_pow(a, n):
    # n >= 0 in the cases: ** of ints gives an int.
    return a ** n


#case: int_pow(2, 10)
#case: int_pow(3, 0)
#case: int_pow(0, 0)
#case: int_pow(-3, 3)
#case: int_pow(2, 62)
#case: int_pow(-2, 63)
#case: int_pow(3, 39)
#case: int_pow(-1, 2**61 + 1)
#case: int_pow(0, 2**32)
#deviates: int_pow(2, 63) -> OverflowError
#deviates: int_pow(3, 40) -> OverflowError


def neg_const_pow(a):
    # A negative *constant* exponent: the result is a float, as in CPython.
    return a ** -1, a ** -2, 2 ** -1


#case: neg_const_pow(2)
#case: neg_const_pow(-4)


def unary(a):
    return -a, +a, -(-a), not a


#case: unary(5)
#case: unary(0)
#case: unary(-2**63 + 1)
#deviates: unary(-2**63) -> OverflowError


def aug_assign(x):
    x += 3
    x -= 1
    x *= 4
    x //= 3
    x %= 7
    x **= 2
    return x


#case: aug_assign(10)
#case: aug_assign(-10)
#case: aug_assign(0)


def polynomial(x):
    return 3 + x**3 - 2*x*x + 7*x - 11


#case: polynomial(0)
#case: polynomial(-5)
#case: polynomial(1000)
#case: polynomial(2000000)


def mul(a, b):
    return a * b


#case: mul(3037000499, 3037000499)
#case: mul(-2**62, 2)
#case: mul(2**31, -2**31)
#deviates: mul(2**62, 4) -> OverflowError
#deviates: mul(3037000500, 3037000500) -> OverflowError


def add(a, b):
    return a + b


#case: add(2**63 - 2, 1)
#case: add(-2**63 + 1, -1)
#deviates: add(2**63 - 1, 1) -> OverflowError
#deviates: add(-2**63, -1) -> OverflowError
#typeerror: add(1, "x")
#typeerror: add(1)
#typeerror: add(1, 2, 3)
#typeerror: add(1.5, 2)
#typeerror: add(None, 2)


def ident(n):
    return n


#case: ident(2**63 - 1)
#case: ident(-2**63)
#case: ident(np.int64(-9))
#deviates: ident(2**64) -> OverflowError


def int_abs(n):
    return abs(n)


#case: int_abs(-7)
#case: int_abs(0)
#case: int_abs(2**63 - 1)
#deviates: int_abs(-2**63) -> OverflowError


def digits_sum(n):
    s = 0
    n = abs(n)
    while n > 0:
        s += n % 10
        n //= 10
    return s


#case: digits_sum(0)
#case: digits_sum(9875)
#case: digits_sum(-1234567890123456789)


def answer():
    return 6 * 7


#case: answer()
#typeerror: answer(1)
