"""The loop binding shared by queues and locks."""

from asyncio import events


class _LoopBoundMixin:
    """Binds the object to the loop it is first used on."""

    _loop = None

    def _get_loop(self):
        loop = events.get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop
