# generator.throw(): the generator's frame is part of the traceback.
def g():
    yield 1
it = g()
next(it)
it.throw(ValueError("thrown"))
