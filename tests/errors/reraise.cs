# A bare raise re-raises with the original traceback.
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
f()
