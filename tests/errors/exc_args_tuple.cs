# An exception with several arguments prints their tuple.
raise ValueError("a", 2)
