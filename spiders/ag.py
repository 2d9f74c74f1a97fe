"""AG newsroom spiders: one class, one generated subclass per office in the AG registry.

`scrapy list` shows `ag_ca`, `ag_tx`, ... Each office is entered by its most robust way in
(feed, wp-json, yearly JS data, HTML listing); a way that fails or is empty falls back to the
next, and the HTML listing is always last. Parsing lives in spiders/ag_parsing.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from datetime import date, timedelta
from typing import Any

import scrapy
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from hotline_watch.config import redact
from hotline_watch.items import FetchInfo, ReleasePage, ReleaseRecord, utcnow
from hotline_watch.registry_ag import OfficeSource, load_offices
from spiders.ag_parsing import (
    Listing,
    ListingEntry,
    parse_detail,
    parse_feed,
    parse_js_data,
    parse_listing,
    parse_wp_json,
)
from spiders.sites import PageFormatError
from spiders.statutes import classify_failure, fetch_info

DEFAULT_WINDOW_DAYS = 730  # first run: two years of releases
DEFAULT_MAX_PAGES = 25  # listing pages per way in, a backstop for listings without dates
BACKFILL_MAX_PAGES = 2000  # with --since: a newsroom's whole archive, still with a backstop


def build_release_page(
    office: OfficeSource, response: Response, hint: ListingEntry | None, fetch: FetchInfo | None
) -> ReleasePage:
    """Parse a release page into a page item (shared by the spiders and `ingest`)."""
    fetch = fetch or fetch_info(response)
    page = ReleasePage(
        source=office.spider_name, jurisdiction=office.jurisdiction, kind="release", fetch=fetch
    )
    if response.status in (404, 410):
        fetch.outcome, fetch.message = "not_found", f"HTTP {response.status}"
    elif response.status >= 400:
        fetch.outcome, fetch.message = "http_error", f"HTTP {response.status}"
    elif not isinstance(response, TextResponse):
        fetch.outcome, fetch.message = "parse_error", "not a text response"
    else:
        try:
            parsed = parse_detail(response, office.detail, hint)
        except PageFormatError as exc:
            fetch.outcome, fetch.message = "parse_error", str(exc)
        else:
            page.releases.append(
                ReleaseRecord(
                    jurisdiction=office.jurisdiction,
                    url=parsed.url,
                    title=parsed.title,
                    body=parsed.body,
                    published=parsed.published,
                )
            )
    return page


class AgSpider(scrapy.Spider):
    """Follows one office's listings to its release pages; one page item per fetch."""

    # No `name`: the base class is not a spider of its own; `scrapy list` shows subclasses only.
    office: OfficeSource  # set on each generated subclass

    def __init__(
        self,
        *args: Any,
        known_urls: Iterable[str] | None = None,
        since: str | None = None,
        max_pages: int | str | None = None,
        **kwargs: Any,
    ):
        super().__init__(*args, **kwargs)
        # Releases already stored: paging stops at the first one (later runs are incremental).
        self.known_urls = set(known_urls or ())
        window = date.today() - timedelta(days=DEFAULT_WINDOW_DAYS)
        self.since = since or window.isoformat()
        # An explicit --since is a backfill: releases already stored are skipped, but paging
        # goes on past them to `since` (an incremental run stops at the first one it knows).
        self.backfill = since is not None
        self.max_pages = int(
            max_pages or (BACKFILL_MAX_PAGES if self.backfill else DEFAULT_MAX_PAGES)
        )
        self.requested: set[str] = set()

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for request in self._way_in(0):
            yield request

    # -- listings ---------------------------------------------------------------------------

    def _way_in(self, index: int) -> list[scrapy.Request]:
        """Requests for the index-th way into the office (feed, wp_json, js_data, listing)."""
        ways = self.office.ways_in
        if index >= len(ways):
            return []
        kind = ways[index]
        office = self.office
        if kind == "feed":
            urls = [office.feed]
        elif kind == "wp_json":
            urls = [f"{office.wp_json}?per_page=50&page=1"]
        elif kind == "js_data":
            first = int(self.since[:4])
            urls = [office.js_data.format(year=y) for y in range(date.today().year, first - 1, -1)]
        else:
            # The listing's own URL is its first page; page_url numbers the pages after it.
            urls = [office.listing.url]
        return [self._index_request(url, kind, index, page=1) for url in urls]

    def _index_request(self, url: str, kind: str, way: int, page: int) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_index,
            errback=self.index_failed,
            cb_kwargs={"kind": kind, "way": way, "page": page},
            dont_filter=True,  # listings are re-read every run
            meta={"handle_httpstatus_all": True},
        )

    def parse_index(self, response: Response, kind: str, way: int, page: int):
        fetch = fetch_info(response)
        item = ReleasePage(
            source=self.office.spider_name,
            jurisdiction=self.office.jurisdiction,
            kind="listing",
            fetch=fetch,
        )
        listing: Listing | None = None
        if response.status >= 400:
            fetch.outcome = "not_found" if response.status in (404, 410) else "http_error"
            fetch.message = f"{kind}: HTTP {response.status}"
        elif not isinstance(response, TextResponse):
            fetch.outcome, fetch.message = "parse_error", f"{kind}: not a text response"
        else:
            try:
                listing = self._parse_listing(response, kind)
            except PageFormatError as exc:
                # The parsers name their kind ("feed: ...", "wp-json: ..."): name it once.
                said = str(exc)
                prefix = said.split(":", 1)[0]
                named = prefix in {kind, kind.replace("_", "-"), kind.replace("_", " ")}
                fetch.outcome, fetch.message = "parse_error", said if named else f"{kind}: {said}"
        if listing is not None:
            item.found = len(listing.entries)
        yield item
        if listing is None or (not listing.entries and page == 1 and kind != "js_data"):
            if listing is not None:
                self.logger.warning("%s: %s is empty, falling back", self.name, response.url)
            yield from self._way_in(way + 1)
            return
        stop = False
        for entry in listing.entries:
            if not self.office.is_release(entry.url):
                continue  # off-site or not a release page (a category link, a PDF elsewhere)
            if entry.published and entry.published < self.since:
                stop = True  # listings are newest first: nothing older is wanted
                continue
            if entry.url in self.known_urls:
                stop = stop or not self.backfill  # incremental: nothing older is new
                continue
            if entry.url in self.requested:
                continue
            self.requested.add(entry.url)
            yield scrapy.Request(
                entry.url,
                callback=self.parse_release,
                errback=self.release_failed,
                cb_kwargs={"hint": entry},
                meta={"handle_httpstatus_all": True},
            )
        next_url = self._next_page(listing, kind, page)
        if next_url and not stop and page < self.max_pages:
            yield self._index_request(next_url, kind, way, page + 1)

    def _parse_listing(self, response: TextResponse, kind: str) -> Listing:
        if kind == "feed":
            return parse_feed(response)
        if kind == "wp_json":
            return parse_wp_json(response)
        if kind == "js_data":
            return parse_js_data(response)
        return parse_listing(response, self.office.listing)

    def _next_page(self, listing: Listing, kind: str, page: int) -> str | None:
        if listing.next_url:
            return listing.next_url
        if not listing.entries:
            return None
        if kind == "wp_json":
            return f"{self.office.wp_json}?per_page=50&page={page + 1}"
        if kind == "listing" and self.office.listing.page_url:
            return self.office.listing.page_url.format(page=self.office.listing.first_page + page)
        return None

    def index_failed(self, failure: Failure):
        outcome, message = classify_failure(failure)
        kwargs = failure.request.cb_kwargs
        message = f"{kwargs['kind']}: {message}"
        yield self._failed_page(failure.request.url, "listing", outcome, message)
        if kwargs["page"] == 1:
            yield from self._way_in(kwargs["way"] + 1)

    # -- releases ---------------------------------------------------------------------------

    def parse_release(self, response: Response, hint: ListingEntry) -> ReleasePage:
        return build_release_page(self.office, response, hint, None)

    def release_failed(self, failure: Failure) -> ReleasePage:
        outcome, message = classify_failure(failure)
        return self._failed_page(failure.request.url, "release", outcome, message)

    def _failed_page(self, url: str, kind: str, outcome: str, message: str) -> ReleasePage:
        url = redact(url)
        self.logger.log(20 if outcome == "not_archived" else 40, "%s %s: %s", outcome, url, message)
        return ReleasePage(
            source=self.office.spider_name,
            jurisdiction=self.office.jurisdiction,
            kind=kind,
            fetch=FetchInfo(url=url, fetched_at=utcnow(), outcome=outcome, message=message),
        )


def _make_spiders() -> dict[str, type[AgSpider]]:
    classes: dict[str, type[AgSpider]] = {}
    for office in load_offices():
        cls_name = f"AgSpider{office.jurisdiction}"
        classes[cls_name] = type(
            cls_name,
            (AgSpider,),
            {
                "name": office.spider_name,
                "office": office,
                "allowed_domains": list(office.allowed_domains),
                "__module__": __name__,
                "__doc__": f"Press releases of the {office.office}.",
            },
        )
    return classes


globals().update(_make_spiders())
