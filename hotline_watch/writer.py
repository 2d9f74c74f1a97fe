"""The crawl's one database writer: pages of every spider, several to a transaction.

A run crawls up to a hundred spiders in one process. Each used to open its own connection and
commit every page on its own; the commits were about a sixth of a page's cost, and two open
write transactions on one thread would wait for each other. Now every spider's StorePipeline
shares one `PageWriter` per database file: pages are stored each in its own savepoint (a page
that fails is rolled back alone, counted and reported by its pipeline) inside one transaction
that is committed every `batch_pages` pages, every `batch_seconds` seconds (a timer on the
reactor), and when a spider closes.

What a kill -9 costs: the pages of the open transaction, at most `batch_pages` or
`batch_seconds` of work. Nothing half-stored survives (SQLite rolls the transaction back), and
the next run fetches those pages again: the HTTP cache answers them with a 304, and a 304 of a
page whose bytes were never stored is parsed and stored like a new page.

A failed commit (disk full, I/O error) loses the open transaction: each pipeline whose pages
were in it is told how many (`Owner.pages_lost`), so its source and the run fail with the
reason instead of counting those pages as stored.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar

from hotline_watch.storage import Store

logger = logging.getLogger(__name__)

T = TypeVar("T")

#: Defaults (Scrapy settings HOTLINE_WATCH_BATCH_PAGES / HOTLINE_WATCH_BATCH_SECONDS).
BATCH_PAGES = 100
BATCH_SECONDS = 1.0


class Owner(Protocol):
    """A user of the writer (a StorePipeline): told when its pages could not be committed."""

    def pages_lost(self, pages: int, reason: str) -> None: ...


class PageWriter:
    """One Store, one connection, pages grouped into transactions (see the module doc)."""

    def __init__(
        self,
        path: str | os.PathLike,
        batch_pages: int = BATCH_PAGES,
        batch_seconds: float = BATCH_SECONDS,
        migrate: bool = True,
    ):
        self.store = Store(path, migrate=migrate)
        self.batch_pages = max(1, batch_pages)
        self.batch_seconds = batch_seconds
        self.users = 0
        self._pending: Counter[Any] = Counter()  # owner -> pages in the open transaction
        self._opened = 0.0
        self._timer: Any = None

    @property
    def pending(self) -> int:
        """Pages stored in the open transaction, not yet committed."""
        return sum(self._pending.values())

    def save(self, owner: Owner, store_page: Callable[[Store], T]) -> T:
        """Run `store_page(store)` (one page; its own savepoint) inside the open transaction.

        An exception rolls back this page only and propagates; if it took the whole
        transaction down with it (SQLite does that on some I/O errors), the pages before it
        are reported lost to their owners."""
        conn = self.store.db.conn
        if not conn.in_transaction:
            conn.execute("BEGIN")
            self._opened = time.monotonic()
        try:
            result = store_page(self.store)
        except BaseException:
            if not conn.in_transaction and self._pending:
                self._lost("the transaction was rolled back by an error on a later page")
            raise
        self._pending[owner] += 1
        if self.pending >= self.batch_pages or (
            time.monotonic() - self._opened >= self.batch_seconds
        ):
            self.commit()
        return result

    def commit(self) -> None:
        """Commit the open transaction (if any); a failure is reported to the owners."""
        conn = self.store.db.conn
        if not conn.in_transaction:
            self._pending.clear()
            return
        try:
            self.store.index_new_sections()  # the batch's full-text entries, in one go
            conn.commit()
        except sqlite3.Error as exc:
            try:
                conn.rollback()
            finally:
                self._lost(f"commit failed: {exc}")
            return
        self._pending.clear()

    def _lost(self, why: str) -> None:
        pending, self._pending = self._pending, Counter()
        for owner, pages in pending.items():
            logger.error("%d stored pages were not committed: %s", pages, why)
            owner.pages_lost(pages, why)

    def start_timer(self) -> None:
        """Commit at least every `batch_seconds` while the reactor runs (crawls only)."""
        if self._timer is not None or self.batch_seconds <= 0:
            return
        from twisted.internet import task

        # Every tick commits what is open: no page waits longer than batch_seconds.
        self._timer = task.LoopingCall(self.commit)
        self._timer.start(self.batch_seconds, now=False)

    def close(self) -> None:
        if self._timer is not None and self._timer.running:
            self._timer.stop()
        self._timer = None
        try:
            self.commit()
        finally:
            self.store.close(refresh=False)  # the run's finisher refreshes the overview


# Every spider of a process shares the writer of its database file (ref-counted, like the WARC
# writer in middlewares.py).
_WRITERS: dict[Path, PageWriter] = {}


def acquire_writer(
    path: str | os.PathLike,
    batch_pages: int = BATCH_PAGES,
    batch_seconds: float = BATCH_SECONDS,
    migrate: bool = True,
) -> PageWriter:
    """The writer of a database file, opened on first use (StorageError if it cannot be)."""
    key = Path(path).resolve()
    writer = _WRITERS.get(key)
    if writer is None:
        writer = _WRITERS[key] = PageWriter(key, batch_pages, batch_seconds, migrate)
    writer.users += 1
    return writer


def release_writer(writer: PageWriter) -> None:
    """Commit what the writer holds; close it when its last user is done."""
    writer.users -= 1
    if writer.users > 0:
        writer.commit()
        return
    for key, value in list(_WRITERS.items()):
        if value is writer:
            del _WRITERS[key]
    writer.close()


def close_writers() -> None:
    """Commit and close every writer still open (a crawl that ended without closing its
    spiders): their pages are whole, and their open transaction would block other writers."""
    while _WRITERS:
        _, writer = _WRITERS.popitem()
        writer.close()
