# An exception from a coroutine driven with send().
async def job():
    raise RuntimeError("async fail")
c = job()
c.send(None)
