# return inside try/finally, and raise ... from.
def f(x):
    try:
        return x[0]
    finally:
        print("cleanup")

def g():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
