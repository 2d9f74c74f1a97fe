"""Statute spiders: one class, one generated subclass per jurisdiction in data/sources/statutes.yml.

`scrapy list` shows `statutes_ca`, `statutes_hi`, ... The site-family knowledge lives in the
adapters (spiders/sites/); this module only turns responses and failures into page items.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from hotline_watch import change_list, offload
from hotline_watch.config import redact
from hotline_watch.items import Confirmation, FetchInfo, StatutePage, utcnow
from hotline_watch.registry import SectionSource, StatuteSource, load_statutes
from spiders.sites import FollowRequest, StatuteAdapter, get_adapter

# Parsing lives in spiders.statute_page, which the offload worker imports without this
# module's registry; named here too for the other spiders and `ingest`.
from spiders.statute_page import (
    build_statute_page,
    fetch_info,
    parse_and_code,
    record_and_parse,
    response_fields,
)

#: List pages followed at most this many times in a row (index -> chapter -> section).
MAX_FOLLOWS = 3
#: fetches.message of a 304 whose stored sections came from the same bytes and code.
NOT_PARSED_AGAIN = "not modified; stored sections are from these bytes: not parsed again"


def classify_failure(failure: Failure) -> tuple[str, str]:
    """(outcome, message) for a failed request, naming the cause in words an operator reads."""
    from scrapy.exceptions import (
        CannotResolveHostError,
        DownloadConnectionRefusedError,
        DownloadTimeoutError,
        IgnoreRequest,
        ResponseDataLossError,
    )
    from twisted.internet.error import TimeoutError as TwistedTimeoutError

    from hotline_watch.middlewares import DamagedRecord, NotArchived, OffsiteRedirect, RedirectLoop

    exc = failure.value
    request = getattr(failure, "request", None)
    meta = request.meta if request is not None else {}
    detail = str(exc).strip()
    text = redact(f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__)
    attempts = meta.get("retry_times", 0) + 1
    tries = f" ({attempts} attempts)" if attempts > 1 else ""
    if meta.get("hw_too_large"):
        return "too_large", meta["hw_too_large"]
    if isinstance(exc, NotArchived):
        return "not_archived", "not archived"
    if isinstance(exc, DamagedRecord):
        return "archive_damaged", redact(detail)
    if isinstance(exc, OffsiteRedirect):
        return "offsite", redact(detail)
    if isinstance(exc, RedirectLoop):
        return "http_error", redact(detail)
    if isinstance(exc, IgnoreRequest):
        lowered = detail.lower()
        if "robots" in lowered:
            return "robots", "forbidden by robots.txt"
        if "offsite" in lowered:
            return "offsite", text
        if "redirections" in lowered:
            return "http_error", f"redirect loop: {text}"
        return "network_error", text
    if "larger than download max size" in detail or "maxsize" in detail.lower():
        return "too_large", f"page too large: {redact(detail)}"
    if isinstance(exc, DownloadTimeoutError | TwistedTimeoutError):
        return "network_error", f"timeout: {redact(detail) or 'no response in time'}{tries}"
    if isinstance(exc, ResponseDataLossError):
        return "network_error", (
            "truncated response: the connection closed before the whole body "
            f"(Content-Length) arrived; nothing stored{tries}"
        )
    if isinstance(exc, CannotResolveHostError):
        return "network_error", f"DNS: cannot resolve the host ({text}){tries}"
    if isinstance(exc, DownloadConnectionRefusedError):
        return "network_error", f"connection refused ({text}){tries}"
    return "network_error", text + tries


class StatuteSpider(scrapy.Spider):
    """Fetches every registry URL of one jurisdiction and yields one page item per fetch."""

    # No `name`: the base class is not a spider of its own; `scrapy list` shows subclasses only.
    source: StatuteSource  # set on each generated subclass

    custom_settings: dict[str, Any] = {}
    worker: offload.Worker | None = None
    slim_source: StatuteSource | None = None
    #: URL -> content hash of pages whose stored sections came from those bytes and this code
    #: (Store.unchanged_pages, passed by the CLI): a 304 of them is not parsed again.
    unchanged: dict[str, str] = {}
    #: URL -> (listed modified, listed size, fetched_at, fetch id) of each page's latest
    #: successful fetch (Store.change_list_state, passed by the CLI): what a change list is
    #: compared with.
    listed: dict[str, tuple[str, int, str, int]] = {}

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        # A worker process costs a second or so to start: worth it for large sources only.
        least = crawler.settings.getint("HOTLINE_WATCH_OFFLOAD_MIN_PAGES")
        if least > 0 and len(spider.source.fetchable) >= least:
            spider.worker = offload.acquire()
            # The source without its (possibly thousands of) sections: sent with every page.
            spider.slim_source = dataclasses.replace(spider.source, sections=())
            crawler.signals.connect(spider._start_worker, signal=scrapy.signals.spider_opened)
            crawler.signals.connect(spider._release_worker, signal=scrapy.signals.spider_closed)
        return spider

    def _start_worker(self, spider=None) -> None:
        if self.worker is not None:
            self.worker.start()

    def _release_worker(self, spider=None) -> None:
        if self.worker is not None:
            offload.release(self.worker)
            self.worker = None

    async def start(self) -> AsyncIterator[scrapy.Request]:
        listings: dict[str, tuple[str, list[SectionSource]]] = {}
        use_lists = self.settings.getbool("HOTLINE_WATCH_CHANGE_LISTS", True) and not (
            self.settings.getlist("HOTLINE_WATCH_REPLAY")  # an archive is replayed whole
        )
        for wanted in self.source.fetchable:
            adapter = get_adapter(wanted.adapter)
            kind = change_list.KINDS.get(adapter.change_list or "") if use_lists else None
            if kind is not None:
                # The page waits for its listing, read first (one request for many pages).
                url = kind.listing_url(wanted.url)
                listings.setdefault(url, (kind.name, []))[1].append(wanted)
                continue
            yield self._request(adapter.start_request(wanted.url), wanted, follows=0)
        for url, (kind_name, pages) in listings.items():
            yield scrapy.Request(
                url,
                callback=self.parse_change_list,
                errback=self.change_list_failed,
                cb_kwargs={"kind": kind_name, "pages": pages},
                dont_filter=True,  # re-read every run (through the HTTP cache, like pages)
                meta={"handle_httpstatus_all": True, "hw_registry_url": url},
            )

    def parse_change_list(
        self, response: Response, kind: str, pages: list[SectionSource]
    ) -> list[StatutePage | scrapy.Request]:
        """Confirm the pages the listing shows unchanged since their last successful fetch
        (younger than the max age); request the others, noting what the listing said."""
        fetch = fetch_info(response, outcome="listing")
        if response.status != 200:
            return self._change_list_unusable(fetch, pages, f"HTTP {response.status}")
        try:
            entries = change_list.KINDS[kind].parse(response.body, response.url)
        except change_list.ListingError as exc:
            return self._change_list_unusable(fetch, pages, str(exc))
        max_age = self.settings.getfloat("HOTLINE_WATCH_CHANGE_LIST_MAX_AGE_DAYS", 7.0)
        cutoff = datetime.now(UTC) - timedelta(days=max_age)
        confirmed: list[Confirmation] = []
        out: list[StatutePage | scrapy.Request] = []
        unlisted: list[str] = []
        for wanted in pages:
            entry = entries.get(change_list.page_key(wanted.url))
            if entry is None:
                unlisted.append(wanted.url)
                out.append(self._first_request(wanted))
                continue
            last = self.listed.get(wanted.url)
            if (
                last is not None
                and (last[0], last[1]) == (entry.modified, entry.size)
                and _parse_time(last[2]) > cutoff
            ):
                confirmed.append(Confirmation(wanted.url, last[3], entry.modified, entry.size))
            else:
                out.append(self._first_request(wanted, entry))
        if unlisted:
            self.logger.warning(
                "change list %s does not list %d of its %s (e.g. %s): fetched one by one",
                redact(fetch.url),
                len(unlisted),
                _pages(len(pages)),
                redact(unlisted[0]),
            )
        fetch.message = (
            f"change list: {_pages(len(confirmed))} confirmed unchanged, "
            f"{len(pages) - len(confirmed)} requested ({len(unlisted)} not listed)"
        )
        return [self._listing_item(fetch, pages, confirmed), *out]

    def change_list_failed(self, failure: Failure) -> list[StatutePage | scrapy.Request]:
        request = failure.request
        _, message = classify_failure(failure)
        fetch = FetchInfo(url=redact(request.url), fetched_at=utcnow(), outcome="listing")
        return self._change_list_unusable(fetch, request.cb_kwargs["pages"], message)

    def _change_list_unusable(
        self, fetch: FetchInfo, pages: list[SectionSource], reason: str
    ) -> list[StatutePage | scrapy.Request]:
        """A listing that cannot be used: its pages are requested one by one (logged once)."""
        self.logger.warning(
            "change list %s not used (%s): its %s fetched one by one",
            redact(fetch.url),
            reason,
            _pages(len(pages), "is", "are"),
        )
        fetch.message = f"change list not used: {reason}; {_pages(len(pages))} fetched one by one"
        requests = [self._first_request(wanted) for wanted in pages]
        return [self._listing_item(fetch, pages, []), *requests]

    def _listing_item(
        self, fetch: FetchInfo, pages: list[SectionSource], confirmed: list[Confirmation]
    ) -> StatutePage:
        return StatutePage(
            source=self.source.spider_name,
            jurisdiction=self.source.jurisdiction,
            adapter=pages[0].adapter,
            fetch=fetch,
            confirmed=confirmed,
            change_list=True,
        )

    def _first_request(
        self, wanted: SectionSource, listed: change_list.Listed | None = None
    ) -> scrapy.Request:
        request = self._request(get_adapter(wanted.adapter).start_request(wanted.url), wanted, 0)
        if listed is not None:
            request.meta["hw_listed"] = listed
        return request

    def _request(self, follow: FollowRequest, wanted: SectionSource, follows: int):
        return scrapy.Request(
            follow.url,
            method=follow.method,
            body=follow.body,
            headers=follow.headers or None,
            callback=self.parse_page,
            errback=self.on_error,
            cb_kwargs={"wanted": wanted, "follows": follows},
            # Statute pages are re-checked every run: never deduplicated or skipped.
            dont_filter=True,
            meta={"handle_httpstatus_all": True, "hw_registry_url": wanted.url},
        )

    async def parse_page(
        self, response: Response, wanted: SectionSource, follows: int = 0
    ) -> list[StatutePage | scrapy.Request]:
        # A list, not a generator: Scrapy reads a generator callback's source with `ast` on
        # every response to warn about `return value` in it (its cache misses bound methods),
        # which cost more than a 304 itself.
        listed = response.meta.get("hw_listed")
        if response.meta.get("hw_not_modified"):
            fetch = fetch_info(response)
            if self.unchanged.get(fetch.url) == fetch.content_hash:
                fetch.message = NOT_PARSED_AGAIN
                _note_listed(fetch, listed)
                return [
                    StatutePage(
                        source=self.source.spider_name,
                        jurisdiction=self.source.jurisdiction,
                        adapter=wanted.adapter,
                        fetch=fetch,
                        unchanged=True,
                    )
                ]
        adapter = get_adapter(wanted.adapter)
        page = await self.build_page(adapter, response, wanted)
        _note_listed(page.fetch, listed)
        if page.follow is not None and follows >= MAX_FOLLOWS:
            page.follow = None
            page.fetch.outcome = "parse_error"
            page.fetch.message = (
                f"{adapter.name}: followed {follows} list pages without reaching section "
                f"{wanted.section} ({page.fetch.message})"
            )
        if page.follow is not None:
            return [page, self._request(page.follow, wanted, follows + 1)]
        return [page]

    async def archive_in_worker(
        self, request: scrapy.Request, response: Response, archive: tuple
    ) -> bytes:
        """The response's WARC record, built in the offload worker (ArchiveMiddleware asks; raises
        OffloadError when the worker is not available). A page `parse_page` will parse is parsed
        and coded in the same call, and waits in `meta["hw_page"]`."""
        assert self.worker is not None
        parse = None
        if request.callback == self.parse_page and response.status == 200 and response.body:
            parse = self._parse_args(response, request.cb_kwargs["wanted"], request.meta)
        record, page = await self.worker.call(record_and_parse, archive, parse)
        if page is not None:
            request.meta["hw_page"] = page
        return record

    def _parse_args(
        self, response: Response, wanted: SectionSource, meta: dict | None = None
    ) -> tuple:
        """`parse_and_code`'s arguments for a response (picklable, for the offload worker);
        `meta`: the request's, before the response is bound to it (in the downloader)."""
        return (
            self.slim_source,
            wanted,
            type(response),
            response_fields(response),
            fetch_info(response, meta=meta),
        )

    async def build_page(
        self, adapter: StatuteAdapter, response: Response, wanted: SectionSource
    ) -> StatutePage:
        """The page item, parsed and coded in the offload worker when the spider has one (with
        the WARC record, by `archive_in_worker`, or here)."""
        page = response.meta.pop("hw_page", None)
        if page is not None:
            return page
        if self.worker is not None and response.status == 200 and response.body:
            try:
                return await self.worker.call(parse_and_code, *self._parse_args(response, wanted))
            except offload.OffloadError:
                pass  # logged once by the worker; parsed here instead
        return build_statute_page(self.source, adapter, response, wanted)

    def on_error(self, failure: Failure) -> StatutePage:
        request = failure.request
        outcome, message = classify_failure(failure)
        wanted: SectionSource = request.cb_kwargs["wanted"]
        self.logger.log(
            20 if outcome == "not_archived" else 40,
            "%s %s: %s",
            outcome,
            redact(request.url),
            message,
        )
        # Recorded against the URL the registry asked for, not the last hop of a redirect chain.
        asked = (request.meta.get("redirect_urls") or [request.url])[0]
        return StatutePage(
            source=self.source.spider_name,
            jurisdiction=self.source.jurisdiction,
            adapter=wanted.adapter,
            fetch=FetchInfo(
                url=redact(asked), fetched_at=utcnow(), outcome=outcome, message=message
            ),
        )


def _pages(n: int, one: str = "", many: str = "") -> str:
    """'1 page', '3 pages' (and a verb that agrees, when given): log lines operators read."""
    words = ("page", one) if n == 1 else ("pages", many)
    return " ".join(w for w in (str(n), *words) if w)


def _note_listed(fetch: FetchInfo, listed: change_list.Listed | None) -> None:
    """Keep what the change list said of a page with its fetch (compared on the next run)."""
    if listed is not None and fetch.outcome == "ok":
        fetch.listed_modified, fetch.listed_size = listed.modified, listed.size


def _parse_time(value: str) -> datetime:
    when = datetime.fromisoformat(value)
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _make_spiders() -> dict[str, type[StatuteSpider]]:
    classes: dict[str, type[StatuteSpider]] = {}
    for source in load_statutes():
        cls_name = f"StatuteSpider{source.jurisdiction}"
        classes[cls_name] = type(
            cls_name,
            (StatuteSpider,),
            {
                "name": source.spider_name,
                "source": source,
                "allowed_domains": list(source.allowed_domains),
                "__module__": __name__,
                "__doc__": f"Statutes of {source.name} ({source.adapter}).",
            },
        )
    return classes


# Bound once at import, so `scrapy list` sees each spider exactly once.
globals().update(_make_spiders())
