# A chain whose __context__ links form a loop is printed once.
try:
    try:
        raise ValueError("inner")
    except ValueError as a:
        try:
            raise TypeError("middle")
        except TypeError as b:
            a.__context__ = b
            raise a
except ValueError as e:
    raise KeyError("outer") from e
