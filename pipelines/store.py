"""Store page items in SQLite and record each source's result.

Every spider of a run writes through the process's one `PageWriter` (hotline_watch/writer.py):
each page in its own savepoint, several pages to a transaction. Every page that reaches this
pipeline is counted as attempted; one that cannot be stored (disk full, read-only file, I/O
error, a bug) fails its source and the run, with the reason, and is never counted as stored;
nor are the pages of a batch whose commit fails. The counts also go to the crawler's stats, so
the command that ran the crawl knows what happened even when the database itself can no
longer record it.
"""

from __future__ import annotations

import logging
import sqlite3

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.utils.defer import deferred_from_coro

from hotline_watch.config import db_path
from hotline_watch.items import BENIGN_OUTCOMES, ReleasePage, StatutePage
from hotline_watch.runner import note_storage_failure
from hotline_watch.storage import StorageError, Store, describe_db_error
from hotline_watch.writer import (
    BATCH_PAGES,
    BATCH_SECONDS,
    PageWriter,
    acquire_writer,
    release_writer,
)

logger = logging.getLogger(__name__)


class StorePipeline:
    """Writes through `Store`; opens a run of its own when started by plain `scrapy crawl`."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.store: Store | None = None  # the shared writer's Store
        self.writer: PageWriter | None = None
        self.run_id: int | None = crawler.settings.getint("HOTLINE_WATCH_RUN_ID") or None
        self.own_run = self.run_id is None
        self.pages = self.items = self.errors = self.warnings = self.listings = self.gone = 0
        self.last_error: str | None = None
        self.last_warning: str | None = None
        self.broken: str | None = None  # why the database could not be opened
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(self.item_error, signal=signals.item_error)
        crawler.signals.connect(self.spider_error, signal=signals.spider_error)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        settings = self.crawler.settings
        path = db_path(settings.get("HOTLINE_WATCH_DB"))
        try:
            # A CLI run has migrated the database already: no schema writes per spider.
            self.writer = acquire_writer(
                path,
                settings.getint("HOTLINE_WATCH_BATCH_PAGES", BATCH_PAGES),
                settings.getfloat("HOTLINE_WATCH_BATCH_SECONDS", BATCH_SECONDS),
                migrate=self.own_run,
            )
        except StorageError as exc:
            if self.own_run:
                raise  # plain `scrapy crawl`: nothing to record the failure in
            # The run goes on only to be closed at once, its failure on record.
            self.broken = str(exc)
            note_storage_failure(self.crawler, self.broken, pages=0)
            self.crawler.signals.connect(self._close, signal=signals.spider_opened)
            return
        self.store = self.writer.store
        self.writer.start_timer()
        if self.own_run:
            self.run_id = self.store.start_run(
                "crawl", "scrapy", f"scrapy crawl {self.crawler.spider.name}"
            )

    def _close(self, spider=None) -> None:
        deferred_from_coro(self.crawler.engine.close_spider_async(reason="storage_error"))

    def process_item(self, item: StatutePage | ReleasePage) -> StatutePage | ReleasePage:
        self.pages += 1
        if self.store is None:
            self._not_stored(item, self.broken or "database not open")
            return item
        gone = False
        try:
            assert self.writer is not None
            if isinstance(item, ReleasePage):
                self.writer.save(self, lambda store: store.save_release_page(item, self.run_id))
                stored = len(item.releases) + item.found
            else:
                counts = self.writer.save(
                    self, lambda store: store.save_statute_page(item, self.run_id)
                )
                gone = bool(counts["gone"])
                # Sections seen again (a 304) or confirmed by a change list count as read.
                seen = item.unchanged or item.confirmed
                stored = counts["seen_again"] if seen else len(item.sections)
        except Exception as exc:
            self._failed(item, exc)
            return item
        self.items += stored
        if isinstance(item, StatutePage) and item.warnings:
            self.warnings += len(item.warnings)
            self.last_warning = f"{item.fetch.url}: {'; '.join(item.warnings)}"
        if item.fetch.outcome == "listing":
            self.listings += 1
        if gone:
            # Recorded gone on an earlier run: expected, listed for review, not a failure.
            self.gone += 1
        elif item.fetch.outcome not in BENIGN_OUTCOMES:
            self.errors += 1
            self.last_error = f"{item.fetch.outcome}: {item.fetch.url}: {item.fetch.message}"
        elif item.problems:
            self.errors += 1
            self.last_error = f"{item.fetch.url}: {'; '.join(item.problems)}"
        return item

    def _failed(self, item, exc: Exception) -> None:
        """A page that could not be stored (any item kind: bills' pipeline uses it too)."""
        assert self.store is not None
        if isinstance(exc, sqlite3.Error | OSError):
            # The environment (disk full, read-only, I/O error): every later page would fail
            # the same way, so the spider stops instead of fetching pages it cannot keep.
            self._not_stored(item, describe_db_error(self.store.path, exc))
            self._close()
        else:  # a bug on one page must not cost the others
            logger.error("storing %s failed", item.fetch.url, exc_info=exc)
            self._not_stored(item, f"{type(exc).__name__}: {exc}")

    def _not_stored(self, item: StatutePage | ReleasePage, reason: str) -> None:
        self.errors += 1
        self.last_error = f"not stored: {item.fetch.url}: {reason}"
        logger.error("%s", self.last_error)
        note_storage_failure(self.crawler, self.last_error)

    def pages_lost(self, pages: int, reason: str) -> None:
        """The writer could not commit `pages` pages this pipeline had stored (PageWriter)."""
        self.errors += pages
        self.last_error = f"not stored: {pages} pages of the last batch: {reason}"
        logger.error("%s", self.last_error)
        note_storage_failure(self.crawler, self.last_error, pages=pages)

    def item_dropped(self, item, response, exception, spider=None) -> None:
        self.errors += 1
        self.last_error = f"invalid item: {exception}"

    def item_error(self, item, response, failure, spider=None) -> None:
        # An exception in another pipeline: the page never reached the database.
        self.errors += 1
        self.last_error = f"pipeline error on {response.url}: {failure.getErrorMessage()}"
        note_storage_failure(self.crawler, self.last_error)

    def spider_error(self, failure, response, spider=None) -> None:
        self.errors += 1
        where = response.url if response is not None else "start requests"
        self.last_error = f"spider error on {where}: {failure.getErrorMessage()}"

    def close_spider(self) -> None:
        if self.store is None or self.writer is None:
            return
        try:
            self.writer.commit()  # this spider's pages first: a failed commit counts against it
            self.store.record_source_result(
                self.run_id,
                self.crawler.spider.name,
                self.pages,
                self.items,
                self.errors,
                self.last_error,
                warnings=self.warnings,
                warning=self.last_warning,
                listings=self.listings,
                gone=self.gone,
            )
            self.writer.commit()
            if self.own_run:
                self.store.finish_run(self.run_id)
        except (sqlite3.Error, OSError) as exc:
            reason = describe_db_error(self.store.path, exc)
            logger.error("%s: result not recorded: %s", self.crawler.spider.name, reason)
            note_storage_failure(self.crawler, f"result not recorded: {reason}", pages=0)
        finally:
            self.release_store()

    def release_store(self) -> None:
        """Done with the shared writer (it commits, and closes when its last user is done)."""
        if self.writer is not None:
            release_writer(self.writer)
        self.writer = self.store = None
