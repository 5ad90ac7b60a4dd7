# A failing decorator is reported at the decorator's line.
def deco(f):
    raise RuntimeError("deco")
@deco
def g():
    pass
