import asyncio

async def main():
    await asyncio.sleep(1)
    print("Asyncio task completed")

# Run asyncio event loop
asyncio.run(main())
