# Fields nested three deep.
x = f"{a:{b:{c}}}"
