"""Reject page items that break the schema (hotline_watch.items) before anything is stored."""

from __future__ import annotations

from scrapy.exceptions import DropItem

from hotline_watch.items import ItemValidationError, ReleasePage, StatutePage, validate_page


class ValidatePipeline:
    """One item schema for every spider; a broken item is dropped with the field named."""

    def process_item(self, item: StatutePage | ReleasePage) -> StatutePage | ReleasePage:
        try:
            validate_page(item)
        except ItemValidationError as exc:
            raise DropItem(str(exc)) from exc
        return item
