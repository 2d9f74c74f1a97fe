"""The bills spider's pipeline: validate, code and store each bill item in one transaction,
then move statuses on by the calendar and record the source's result."""

from __future__ import annotations

from scrapy.exceptions import DropItem

from hotline_watch.bills import (
    SOURCE,
    BillApiPage,
    BillFormatError,
    BillTextPage,
    validate_bill_page,
)
from hotline_watch.bills_store import (
    refresh_statuses,
    save_bill_api_page,
    save_bill_text_page,
)
from hotline_watch.items import BENIGN_OUTCOMES
from pipelines.code import CodePipeline
from pipelines.store import StorePipeline

Item = BillApiPage | BillTextPage


def code_bill_item(item: Item) -> Item:
    """Code what the item carries with the shared engine: a bill's title and abstracts, or a
    version's text. A coding bug is recorded on the item and leaves it uncoded."""
    if isinstance(item, BillTextPage):
        if item.text:
            item.coding = CodePipeline._code(item, item.version_key, item.text)
        return item
    for bill in item.bills:
        bill.coding = CodePipeline._code(item, bill.id, bill.summary_text)
    return item


def counts_as_error(item: Item) -> bool:
    """Whether an item fails the source: a page past the last one only ends the results."""
    if item.problems:
        return True
    if isinstance(item, BillApiPage) and item.end_of_results:
        return False
    return item.fetch.outcome not in BENIGN_OUTCOMES


def store_bill_item(store, item: Item, run_id: int | None) -> None:
    """Validate (DropItem naming the field), code and store one bill item (crawl and ingest)."""
    try:
        validate_bill_page(item)
    except BillFormatError as exc:
        raise DropItem(str(exc)) from exc
    code_bill_item(item)
    if isinstance(item, BillTextPage):
        save_bill_text_page(store, item, run_id)
    else:
        save_bill_api_page(store, item, run_id)


def item_error(item: Item) -> str | None:
    """The error line of an item that fails the source, else None."""
    if not counts_as_error(item):
        return None
    why = "; ".join([item.fetch.message or "", *item.problems]).strip("; ")
    return f"{item.fetch.outcome}: {item.fetch.url}: {why}"


class BillsPipeline(StorePipeline):
    """StorePipeline for bill items (the bills spider sets it as its only pipeline)."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.api_ok = 0

    def process_item(self, item: Item) -> Item:
        assert self.store is not None
        store_bill_item(self.store, item, self.run_id)
        if isinstance(item, BillApiPage):
            self.api_ok += item.fetch.outcome == "ok"
        self.pages += 1
        error = item_error(item)
        if error:
            self.errors += 1
            self.last_error = error
        return item

    def close_spider(self) -> None:
        if self.store is None:
            return
        refresh_statuses(self.store, self.run_id)
        notes = list(getattr(self.crawler.spider, "notes", []))
        if self.errors:
            outcome = "failed"
        elif self.api_ok or not self.pages:
            outcome = "ok" if self.pages else "no_urls"
        else:
            outcome = "not_archived"
        message = "; ".join([m for m in (self.last_error, *notes) if m]) or None
        with self.store.db.atomic():
            # items: API responses read, a figure that holds steady from one daily run to the
            # next (bills found vary from none to hundreds; source_health compares items).
            self.store.db["source_runs"].upsert(
                {
                    "run_id": self.run_id,
                    "source": SOURCE,
                    "pages": self.pages,
                    "items": self.api_ok,
                    "errors": self.errors,
                    "outcome": outcome,
                    "message": message,
                },
                pk=("run_id", "source"),
            )
        if self.own_run:
            self.store.finish_run(self.run_id)
        self.store.close()
