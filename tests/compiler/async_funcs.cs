# async def with await, and an async function calling another.
async def fetch(session, urls):
    out = []
    for u in urls:
        out.append(await session.get(u))
    return out

async def main(session):
    return await fetch(session, ["a", "b"])
