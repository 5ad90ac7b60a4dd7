"""Coroutines on an event loop: asyncio.

async def functions run as Tasks on one thread's event loop; each `await`
of something not ready yet hands the loop to another task. The loop's
core is in C (module _loop): it waits for timers and file descriptors
with the GIL released.
"""

from asyncio.base_events import *
from asyncio.coroutines import *
from asyncio.events import *
from asyncio.exceptions import *
from asyncio.futures import *
from asyncio.locks import *
from asyncio.queues import *
from asyncio.runners import *
from asyncio.taskgroups import *
from asyncio.tasks import *
from asyncio.threads import *
from asyncio.timeouts import *
