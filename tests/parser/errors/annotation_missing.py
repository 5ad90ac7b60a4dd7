# An illegal target and no annotation: plain invalid syntax.
f():
