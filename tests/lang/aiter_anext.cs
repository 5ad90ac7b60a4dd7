# The builtins aiter() and anext().
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def numbers():
    yield 1
    yield 2

async def main():
    it = aiter(numbers())
    a = await anext(it)
    b = await anext(it, "default")
    c = await anext(it, "default")
    try:
        await anext(it)
    except StopAsyncIteration:
        d = "stop"
    return a, b, c, d, type(anext(it, 0)).__name__
print(run(main()))

class Counter:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n
async def main2():
    c = aiter(Counter())
    return [await anext(c, -1) for _ in range(4)]
print(run(main2()))

for call in [lambda: aiter(1), lambda: anext(1), lambda: anext(), lambda: aiter(),
             lambda: anext(1, 2, 3), lambda: aiter(Bad())]:
    class Bad:
        def __aiter__(self):
            return 5
    try:
        call()
    except TypeError as e:
        print(e)
print(aiter, anext)
