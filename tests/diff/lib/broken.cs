# A module whose import fails half-way.
partial = "set before the error"
raise ValueError("broken module")
