# Exception notes are printed after the last line.
try:
    raise ValueError("bad input")
except ValueError as e:
    e.add_note("while parsing line 3")
    e.add_note("second note")
    raise
