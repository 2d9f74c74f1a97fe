"""Parsing, coding and WARC records in a worker process, off the reactor thread.

A crawl's one reactor thread fetches, archives, caches and stores. Parsing a page (lxml),
coding its sections (the rules engine) and compressing its WARC record are pure CPU work on
data that pickles well, more than half of a page's cost: on a large crawl they run in one
child process, on the other core (the crawl process only appends the record and stores).

The child (`python -m hotline_watch.offload`) reads calls from its stdin and answers on its
stdout, each a length-prefixed pickle; the parent reads the answers on its own event loop, so
no helper thread competes for the GIL (concurrent.futures' pool spends more on its threads'
hand-offs than the work it moves). Log records the work emits in the child (a coding failure's
traceback) are sent back with the answer and logged in the parent, through its handlers.

If the child cannot start or dies, `call` raises `OffloadError` and the caller does the work
itself; the worker is not restarted during the run (the error is logged once).
"""

from __future__ import annotations

import asyncio
import logging
import os
import pickle
import struct
import sys
from collections.abc import Callable
from typing import Any, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")
_HEADER = struct.Struct("<Q")
#: Modules the child imports before its first call (what the offloaded functions need).
WARM_MODULES: tuple[str, ...] = ("spiders.statute_page", "pipelines.code")
#: The child's command line, before the modules to warm (a module attribute, so a test can
#: point it at a program that does not exist).
COMMAND: tuple[str, ...] = (sys.executable, "-m", __name__)


class OffloadError(RuntimeError):
    """The worker process is not available (did not start, or died)."""


class Worker:
    """One child process and the calls waiting for its answers."""

    def __init__(self) -> None:
        self._proc: asyncio.subprocess.Process | None = None
        self._started: asyncio.Task | None = None
        self._reader: asyncio.Task | None = None
        self._pending: dict[int, asyncio.Future] = {}
        self._next_id = 0
        self.broken: str | None = None

    async def call(self, func: Callable[..., T], *args: Any) -> T:
        """`func(*args)` in the worker (func: a module-level function, args: picklable)."""
        if self.broken:
            raise OffloadError(self.broken)
        proc = await self._start()
        if self.broken:  # it ended while this call waited for it to start
            raise OffloadError(self.broken)
        self._next_id += 1
        call_id = self._next_id
        try:
            data = pickle.dumps((call_id, func, args), protocol=pickle.HIGHEST_PROTOCOL)
            proc.stdin.write(_HEADER.pack(len(data)) + data)
        except Exception as exc:  # unpicklable arguments, or the pipe is gone
            self._fail(f"worker process unreachable: {exc!r}")
            raise OffloadError(self.broken) from exc
        future = asyncio.get_running_loop().create_future()
        self._pending[call_id] = future
        return await future

    def start(self) -> None:
        """Start the child now (on the running loop), so it imports while the crawl starts
        rather than when the first page arrives; a failure is met by the first call."""
        if self._started is None and not self.broken:
            self._started = asyncio.ensure_future(self._spawn())
            # Retrieved here too: a crawl that never calls must not warn about it.
            self._started.add_done_callback(lambda t: t.cancelled() or t.exception())

    async def _start(self) -> asyncio.subprocess.Process:
        self.start()
        try:
            return await asyncio.shield(self._started)
        except OSError as exc:
            self._fail(f"worker process did not start: {exc}")
            raise OffloadError(self.broken) from exc

    async def _spawn(self) -> asyncio.subprocess.Process:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        self._proc = await asyncio.create_subprocess_exec(
            *COMMAND,
            *WARM_MODULES,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            env=env,
        )
        self._reader = asyncio.ensure_future(self._read(self._proc))
        logger.info("parsing and coding in a worker process (pid %d)", self._proc.pid)
        return self._proc

    async def _read(self, proc: asyncio.subprocess.Process) -> None:
        try:
            while True:
                header = await proc.stdout.readexactly(_HEADER.size)
                data = await proc.stdout.readexactly(_HEADER.unpack(header)[0])
                call_id, ok, value, records = pickle.loads(data)  # noqa: S301 - our child
                for record in records:
                    logging.getLogger(record.name).handle(record)
                future = self._pending.pop(call_id, None)
                if future is None or future.done():
                    continue
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)
        except asyncio.IncompleteReadError as exc:
            code = await proc.wait()
            self._fail(f"worker process ended (exit status {code}): {exc}")
        except Exception as exc:  # a broken pipe, or an answer that does not unpickle here
            self._fail(f"worker process answer unreadable: {exc!r}")

    def _fail(self, reason: str) -> None:
        if not self.broken:
            logger.error("%s; parsing and coding go on in the crawl process", reason)
        self.broken = self.broken or reason
        pending, self._pending = self._pending, {}
        for future in pending.values():
            if not future.done():
                future.set_exception(OffloadError(reason))

    def close(self) -> None:
        """Close the child's stdin: it finishes what it holds and exits."""
        self.broken = self.broken or "worker closed"
        if self._proc is not None and self._proc.stdin is not None:
            self._proc.stdin.close()
        self._proc = None


_WORKER: Worker | None = None
_USERS = 0


def acquire() -> Worker:
    """The process's worker (started on its first call), shared by every spider."""
    global _WORKER, _USERS
    if _WORKER is None or (_WORKER.broken and _USERS == 0):
        _WORKER = Worker()
    _USERS += 1
    return _WORKER


def release(worker: Worker) -> None:
    global _WORKER, _USERS
    _USERS = max(0, _USERS - 1)
    if _USERS == 0 and worker is _WORKER:
        worker.close()
        _WORKER = None


# -- the child ---------------------------------------------------------------------------------


class _Collect(logging.Handler):
    """Keeps the records of one call, made picklable, to send back with its answer."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg, record.args, record.exc_info = record.getMessage(), None, None
        self.records.append(record)


def _answer(call_id: int, func: Callable[..., Any], args: tuple) -> bytes:
    collect = _Collect()
    root = logging.getLogger()
    root.addHandler(collect)
    try:
        ok, value = True, func(*args)
    except Exception as exc:  # sent back; the caller decides
        ok, value = False, exc
    finally:
        root.removeHandler(collect)
    try:
        return pickle.dumps((call_id, ok, value, collect.records), pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # an unpicklable result or exception
        error = OffloadError(f"{getattr(func, '__name__', func)}: unpicklable answer: {exc!r}")
        return pickle.dumps((call_id, False, error, collect.records), pickle.HIGHEST_PROTOCOL)


def main(warm: list[str]) -> None:
    """The worker loop: one call at a time until stdin closes (the parent ended or is done)."""
    import importlib

    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # stray prints must not corrupt the answers
    logging.getLogger().setLevel(logging.INFO)
    for name in warm:
        importlib.import_module(name)
    while True:
        header = stdin.read(_HEADER.size)
        if len(header) < _HEADER.size:
            return
        call_id, func, args = pickle.loads(stdin.read(_HEADER.unpack(header)[0]))  # noqa: S301
        data = _answer(call_id, func, args)
        try:
            stdout.write(_HEADER.pack(len(data)) + data)
            stdout.flush()
        except BrokenPipeError:
            return  # the parent is gone (killed): nobody to answer


if __name__ == "__main__":
    # Through the module's real name, so what the child pickles (OffloadError...) unpickles
    # in the parent.
    from hotline_watch.offload import main as _main

    _main(sys.argv[1:])
