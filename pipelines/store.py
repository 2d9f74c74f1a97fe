"""Store page items in SQLite and record each source's result.

Every spider of a run writes through the process's one `PageWriter` (hotline_watch/writer.py):
each page in its own savepoint, several pages to a transaction.
"""

from __future__ import annotations

from scrapy import signals
from scrapy.crawler import Crawler

from hotline_watch.config import db_path
from hotline_watch.items import BENIGN_OUTCOMES, ReleasePage, StatutePage
from hotline_watch.writer import (
    BATCH_PAGES,
    BATCH_SECONDS,
    PageWriter,
    acquire_writer,
    release_writer,
)


class StorePipeline:
    """Writes through `Store`; opens a run of its own when started by plain `scrapy crawl`."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.writer: PageWriter | None = None
        self.run_id: int | None = crawler.settings.getint("HOTLINE_WATCH_RUN_ID") or None
        self.own_run = self.run_id is None
        self.pages = self.items = self.errors = self.warnings = self.listings = self.gone = 0
        self.last_error: str | None = None
        self.last_warning: str | None = None
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(self.spider_error, signal=signals.spider_error)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        settings = self.crawler.settings
        self.writer = acquire_writer(
            db_path(settings.get("HOTLINE_WATCH_DB")),
            settings.getint("HOTLINE_WATCH_BATCH_PAGES", BATCH_PAGES),
            settings.getfloat("HOTLINE_WATCH_BATCH_SECONDS", BATCH_SECONDS),
        )
        self.writer.start_timer()
        if self.own_run:
            self.run_id = self.writer.store.start_run(
                "crawl", "scrapy", f"scrapy crawl {self.crawler.spider.name}"
            )

    def process_item(self, item: StatutePage | ReleasePage) -> StatutePage | ReleasePage:
        assert self.writer is not None
        gone = False
        if isinstance(item, ReleasePage):
            self.writer.save(self, lambda store: store.save_release_page(item, self.run_id))
            self.items += len(item.releases) + item.found
        else:
            counts = self.writer.save(
                self, lambda store: store.save_statute_page(item, self.run_id)
            )
            gone = bool(counts["gone"])
            self.items += counts["seen_again"] if item.unchanged else len(item.sections)
            if item.warnings:
                self.warnings += len(item.warnings)
                self.last_warning = f"{item.fetch.url}: {'; '.join(item.warnings)}"
        self.pages += 1
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

    def pages_lost(self, pages: int, reason: str) -> None:
        """The writer could not commit `pages` pages this pipeline had stored."""
        self.errors += pages
        self.last_error = f"storage error: {pages} pages not stored: {reason}"

    def item_dropped(self, item, response, exception, spider=None) -> None:
        self.errors += 1
        self.last_error = f"invalid item: {exception}"

    def spider_error(self, failure, response, spider=None) -> None:
        self.errors += 1
        where = response.url if response is not None else "start requests"
        self.last_error = f"spider error on {where}: {failure.getErrorMessage()}"

    def close_spider(self) -> None:
        if self.writer is None:
            return
        store = self.writer.store
        self.writer.commit()  # this spider's pages first: a failed commit counts against it
        store.record_source_result(
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
            store.finish_run(self.run_id)
        release_writer(self.writer)
        self.writer = None
