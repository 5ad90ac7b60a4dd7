# Notes on two chained exceptions.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        e.add_note("note on first")
        raise
except ZeroDivisionError as e:
    err = RuntimeError("second")
    err.add_note("note on second")
    raise err
