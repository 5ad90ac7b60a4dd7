# An exception group: each member in a numbered box, with its own traceback, chain, notes, nested groups.
def f():
    raise ValueError("inner")
def g():
    try:
        f()
    except ValueError as e:
        raise TypeError("wrapped") from e
excs = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        excs.append(e)
try:
    raise ExceptionGroup("inner group", [KeyError("k")])
except ExceptionGroup as e:
    excs.append(e)
e = ValueError("noted")
e.add_note("a note")
excs.append(e)
raise ExceptionGroup("top", excs)
