# Assigning to a call.
f() = 1
