# An exception raised in an except block of a function.
def handler():
    try:
        raise OSError("disk")
    except OSError as err:
        raise ValueError(f"wrapped: {err}")
handler()
