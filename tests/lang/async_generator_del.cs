# An async generator dropped while suspended is closed: its finally runs.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def g():
    try:
        yield 1
    finally:
        print("fin")
async def main():
    x = g()
    v = await x.__anext__()
    del x
    print("after del")
    return v
print(run(main()))
