# NameError suggests a near builtin name.
prnt("hello")
