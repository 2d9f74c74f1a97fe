"""The bills spider's pipeline: validate, code and store each bill item in one transaction,
then move statuses on by the calendar and record the source's result."""

from __future__ import annotations

import logging
import sqlite3

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
from hotline_watch.runner import note_storage_failure
from hotline_watch.storage import describe_db_error
from pipelines.code import CodePipeline
from pipelines.store import StorePipeline

logger = logging.getLogger(__name__)

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


def prepare_bill_item(item: Item) -> Item:
    """Validate (DropItem naming the field) and code one bill item."""
    try:
        validate_bill_page(item)
    except BillFormatError as exc:
        raise DropItem(str(exc)) from exc
    return code_bill_item(item)


def save_bill_item(store, item: Item, run_id: int | None) -> None:
    """Store one validated, coded bill item (one transaction)."""
    if isinstance(item, BillTextPage):
        save_bill_text_page(store, item, run_id)
    else:
        save_bill_api_page(store, item, run_id)


def store_bill_item(store, item: Item, run_id: int | None) -> None:
    """Validate, code and store one bill item (ingest)."""
    save_bill_item(store, prepare_bill_item(item), run_id)


def item_error(item: Item) -> str | None:
    """The error line of an item that fails the source, else None."""
    if not counts_as_error(item):
        return None
    why = "; ".join([item.fetch.message or "", *item.problems]).strip("; ")
    return f"{item.fetch.outcome}: {item.fetch.url}: {why}"


class BillsPipeline(StorePipeline):
    """StorePipeline for bill items (the bills spider sets it as its only pipeline): the same
    discipline (a page that cannot be stored fails the source and the run with its reason; a
    broken database stops the spider), bill items' own counts."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.api_ok = 0

    def process_item(self, item: Item) -> Item:
        prepare_bill_item(item)  # an invalid item: DropItem, counted by item_dropped
        self.pages += 1
        if self.store is None:
            self._not_stored(item, self.broken or "database not open")
            return item
        try:
            save_bill_item(self.store, item, self.run_id)
        except Exception as exc:
            self._failed(item, exc)  # disk full: the spider stops; a bug: this item only
            return item
        if isinstance(item, BillApiPage):
            self.api_ok += item.fetch.outcome == "ok"
        error = item_error(item)
        if error:
            self.errors += 1
            self.last_error = error
        return item

    def close_spider(self) -> None:
        if self.store is None:
            return
        notes = list(getattr(self.crawler.spider, "notes", []))
        if self.errors:
            outcome = "failed"
        elif self.api_ok or not self.pages:
            outcome = "ok" if self.pages else "no_urls"
        else:
            outcome = "not_archived"
        message = "; ".join([m for m in (self.last_error, *notes) if m]) or None
        try:
            refresh_statuses(self.store, self.run_id)
            with self.store.db.atomic():
                # items: API responses read, a figure that holds steady from one daily run to
                # the next (bills found vary from none to hundreds; source_health compares
                # items).
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
        except (sqlite3.Error, OSError) as exc:
            reason = describe_db_error(self.store.path, exc)
            logger.error("%s: result not recorded: %s", SOURCE, reason)
            note_storage_failure(self.crawler, f"result not recorded: {reason}", pages=0)
        finally:
            self.release_store()  # the writer shared with the other spiders (writer.py)
