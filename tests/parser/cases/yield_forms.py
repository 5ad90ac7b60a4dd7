# yield and yield from, as statements and expressions.
def gen():
    yield
    yield 1
    yield 1, 2
    yield from other()
    x = yield
    x = yield 1
    x = yield from other()
    y = (yield)
    z = (yield 1) + 2
    f((yield))
    await_ = [(yield x) for x in y]
    x += yield
    x: int = yield 1
    yield *a, b
    return (yield)
