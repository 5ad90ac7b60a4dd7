# A coroutine freed before it ever ran gets CPython's RuntimeWarning.
async def f():
    pass

def g():
    c = f()

g()
print("end")
