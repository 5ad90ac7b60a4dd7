def deco(f):
    raise RuntimeError("deco")
def ok(f):
    return f
@ok
@deco
@ok
def g():
    pass
