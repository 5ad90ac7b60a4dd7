# Decorators on functions and classes.
@dec
def f(): pass

@dec1
@dec2(arg)
@a.b.c
def f(): pass

@dec
class C: pass

@dec
async def g(): pass

@(lambda f: f)
def h(): pass

@x[0].y(z)
def i(): pass

@a := b
def j(): pass
