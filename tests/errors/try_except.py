# error-at: 8:5
# try/except is not supported.

# export safe_div(float, float)


def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return 0.0
