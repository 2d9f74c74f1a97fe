"""Store page items in SQLite (one transaction per page) and record each source's result."""

from __future__ import annotations

from scrapy import signals
from scrapy.crawler import Crawler

from hotline_watch.config import db_path
from hotline_watch.items import BENIGN_OUTCOMES, ReleasePage, StatutePage
from hotline_watch.storage import Store


class StorePipeline:
    """Writes through `Store`; opens a run of its own when started by plain `scrapy crawl`."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.store: Store | None = None
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
        self.store = Store(db_path(self.crawler.settings.get("HOTLINE_WATCH_DB")))
        if self.own_run:
            self.run_id = self.store.start_run(
                "crawl", "scrapy", f"scrapy crawl {self.crawler.spider.name}"
            )

    def process_item(self, item: StatutePage | ReleasePage) -> StatutePage | ReleasePage:
        assert self.store is not None
        gone = False
        if isinstance(item, ReleasePage):
            self.store.save_release_page(item, self.run_id)
            self.items += len(item.releases) + item.found
        else:
            gone = bool(self.store.save_statute_page(item, self.run_id)["gone"])
            self.items += len(item.sections)
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

    def item_dropped(self, item, response, exception, spider=None) -> None:
        self.errors += 1
        self.last_error = f"invalid item: {exception}"

    def spider_error(self, failure, response, spider=None) -> None:
        self.errors += 1
        where = response.url if response is not None else "start requests"
        self.last_error = f"spider error on {where}: {failure.getErrorMessage()}"

    def close_spider(self) -> None:
        if self.store is None:
            return
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
        if self.own_run:
            self.store.finish_run(self.run_id)
        self.store.close()
