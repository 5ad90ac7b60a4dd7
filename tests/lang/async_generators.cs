# Async generators (PEP 525) driven without an event loop: run() sends
# None until the coroutine finishes; Sleep stands for a real suspension.

class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield ("sleep", self.tag)
        return got

def run(coro):
    trace = []
    value = None
    try:
        while True:
            trace.append(coro.send(value))
            value = "resumed"
    except StopIteration as e:
        return e.value, trace

async def ticker(n):
    for i in range(n):
        got = await Sleep(i)
        yield i * 10, got

async def main():
    out = []
    async for v in ticker(3):
        out.append(v)
    return out
print(run(main()))

ag = ticker(1)
print(type(ag).__name__, ag.__name__, ag.__qualname__, ag.ag_running, type(ag.ag_code).__name__)
print(type(ag.__anext__()).__name__, type(ag.aclose()).__name__, type(ag.asend(None)).__name__)
print(ag.__aiter__() is ag, hasattr(ag, "__iter__"), hasattr(ag, "__next__"))

async def simple():
    yield 1
    yield 2

async def collect(agen):
    return [x async for x in agen]
print(run(collect(simple())))

# asend: the value sent in is what the yield expression returns
async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    finally:
        print("echo finally", received)

async def drive_echo():
    e = echo()
    first = await e.__anext__()
    a = await e.asend("x")
    b = await e.asend("y")
    await e.aclose()
    return first, a, b
print(run(drive_echo()))

# athrow: the exception is raised at the yield
async def catcher():
    try:
        yield "start"
    except ValueError as exc:
        yield "caught " + str(exc)
    yield "after"

async def drive_catch():
    c = catcher()
    r = [await c.__anext__()]
    r.append(await c.athrow(ValueError("boom")))
    r.append(await c.__anext__())
    try:
        await c.__anext__()
    except StopAsyncIteration:
        r.append("stop")
    return r
print(run(drive_catch()))

# athrow of an exception the generator does not catch
async def drive_uncaught():
    c = simple()
    await c.__anext__()
    try:
        await c.athrow(KeyError("k"))
    except KeyError as e:
        return "propagated", repr(e)
print(run(drive_uncaught()))

# aclose on a generator that yields in finally
async def stubborn():
    try:
        yield 1
    finally:
        yield 2

async def drive_stubborn():
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        return str(e)
print(run(drive_stubborn()))

# aclose before start, and twice
async def drive_close_twice():
    s = simple()
    await s.aclose()
    await s.aclose()
    try:
        await s.__anext__()
    except StopAsyncIteration:
        return "exhausted after aclose"
print(run(drive_close_twice()))

# break out of async for, then the rest of the values stay
async def drive_break():
    g = simple()
    async for v in g:
        break
    rest = [x async for x in g]
    return v, rest
print(run(drive_break()))

# async for with else, continue
async def drive_else():
    out = []
    async for v in simple():
        if v == 1:
            continue
        out.append(v)
    else:
        out.append("else")
    return out
print(run(drive_else()))

# an async generator expression
async def drive_genexp():
    g = (x * 2 async for x in simple())
    return type(g).__name__, [y async for y in g]
print(run(drive_genexp()))

# comprehension forms
async def drive_comps():
    s = {x async for x in simple()}
    d = {x: -x async for x in simple()}
    n = [x + y async for x in simple() for y in (10, 20) if y > 10]
    return sorted(s), d, n
print(run(drive_comps()))

# reusing an awaited asend
async def drive_reuse():
    g = simple()
    a = g.__anext__()
    v = await a
    try:
        await a
    except RuntimeError as e:
        return v, str(e)
print(run(drive_reuse()))

# errors
async def drive_errors():
    msgs = []
    try:
        async for x in 5:
            pass
    except TypeError as e:
        msgs.append(str(e))
    class NoAnext:
        def __aiter__(self):
            return 1
    try:
        async for x in NoAnext():
            pass
    except TypeError as e:
        msgs.append(str(e))
    class BadAnext:
        def __aiter__(self):
            return self
        def __anext__(self):
            return 7
    try:
        async for x in BadAnext():
            pass
    except TypeError as e:
        msgs.append(str(e))
    return msgs
print(run(drive_errors()))

async def raises_stop():
    yield 1
    raise StopAsyncIteration
async def drive_raises_stop():
    try:
        return [x async for x in raises_stop()]
    except RuntimeError as e:
        return str(e), type(e.__cause__).__name__
print(run(drive_raises_stop()))

# a class-based async iterator
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await Sleep(self.n)
        return self.n
async def drive_countdown():
    return [x async for x in Countdown(3)]
print(run(drive_countdown()))

# returning from inside async for
async def find(target):
    async for v in ticker(5):
        if v[0] == target:
            return v
print(run(find(20)))
