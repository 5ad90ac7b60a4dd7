# async with: __aenter__ and __aexit__ are awaited; break, continue and
# return inside the block await __aexit__ on the way out.

class Sleep:
    def __await__(self):
        yield "tick"

def run(coro):
    trace = []
    value = None
    try:
        while True:
            trace.append(coro.send(value))
    except StopIteration as e:
        return e.value, len(trace)

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Sleep()
        print("enter", self.name)
        return self
    async def __aexit__(self, typ, val, tb):
        await Sleep()
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress

async def basic():
    async with Resource("a") as r, Resource("b"):
        print("body", r.name)
    return "done"
print(run(basic()))

async def suppressing():
    async with Resource("s", suppress=True):
        raise ValueError("hidden")
    return "suppressed"
print(run(suppressing()))

async def propagating():
    try:
        async with Resource("p"):
            raise KeyError("shown")
    except KeyError as e:
        return "caught " + repr(e)
print(run(propagating()))

async def early_return():
    for i in range(3):
        async with Resource("loop%d" % i):
            if i == 0:
                continue
            if i == 1:
                break
    async with Resource("ret"):
        return "returned"
print(run(early_return()))

class NoAexit:
    async def __aenter__(self):
        return 1
class NotAwaitable:
    def __aenter__(self):
        return 5
    def __aexit__(self, *a):
        return 6
async def errors():
    msgs = []
    for obj in (NoAexit(), 42, NotAwaitable()):
        try:
            async with obj:
                pass
        except TypeError as e:
            msgs.append(str(e))
    return msgs
print(run(errors()))

# aclose() of a generator suspended in async with: __aexit__ runs
async def gen_with():
    async with Resource("in-gen"):
        yield 1
        yield 2
async def close_inside():
    g = gen_with()
    first = await g.__anext__()
    await g.aclose()
    return first
print(run(close_inside()))

# await in a finally of an async generator during aclose passes through
async def gen_finally():
    try:
        yield 1
    finally:
        await Sleep()
        print("finally after await")
async def close_awaiting():
    g = gen_finally()
    await g.__anext__()
    await g.aclose()
    return "closed"
print(run(close_awaiting()))
