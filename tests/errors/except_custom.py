# error-at: 10:12
# only builtin exception classes can be caught.

# export safe_div(float, float)


def safe_div(a, b):
    try:
        return a / b
    except MyError:
        return 0.0
