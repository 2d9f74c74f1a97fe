"""Statute spiders: one class, one generated subclass per jurisdiction in data/sources/statutes.yml.

`scrapy list` shows `statutes_ca`, `statutes_hi`, ... The site-family knowledge lives in the
adapters (spiders/sites/); this module only turns responses and failures into page items.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import scrapy
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from hotline_watch.config import redact
from hotline_watch.items import FetchInfo, SectionRecord, StatutePage, sha256, utcnow
from hotline_watch.registry import SectionSource, StatuteSource, load_statutes
from spiders.sites import PageFormatError, SectionNotFound, StatuteAdapter, get_adapter


def fetch_info(response: Response, outcome: str = "ok", message: str | None = None) -> FetchInfo:
    """Provenance of a response; replay and archive middlewares leave theirs in meta."""
    meta = response.meta if response.request is not None else {}
    not_modified = bool(meta.get("hw_not_modified"))
    return FetchInfo(
        url=redact(response.url),
        fetched_at=meta.get("hw_fetched_at") or utcnow(),
        outcome=outcome,
        # A revalidated page is recorded as the 304 it was; its hash is the stored copy's.
        status=304 if not_modified else response.status,
        content_hash=sha256(response.body),
        bytes=0 if not_modified else len(response.body),
        archive=meta.get("hw_archive"),
        message=message or ("not modified" if not_modified else None),
    )


def build_statute_page(
    source: StatuteSource,
    adapter: StatuteAdapter,
    response: Response,
    wanted: SectionSource | None,
    fetch: FetchInfo | None = None,
) -> StatutePage:
    """Parse one response with its adapter into a page item (shared by spiders and ingest).

    `wanted` is the registry line that asked for the page: on chapter pages only its `section`
    is kept and its citation is used. Without it (ingest of an archived page the registry does
    not list), every section on the page is kept.
    """
    fetch = fetch or fetch_info(response)
    page = StatutePage(
        source=source.spider_name,
        jurisdiction=source.jurisdiction,
        adapter=adapter.name,
        fetch=fetch,
    )

    def fail(outcome: str, message: str) -> StatutePage:
        fetch.outcome, fetch.message = outcome, message
        return page

    if response.status in (404, 410):
        return fail("not_found", f"HTTP {response.status}")
    if response.status >= 400:
        return fail("http_error", f"HTTP {response.status}")
    if not isinstance(response, TextResponse):
        return fail(
            "parse_error", f"{adapter.name}: not a text response ({type(response).__name__})"
        )
    try:
        parsed = adapter.parse(response)
    except SectionNotFound as exc:
        return fail("not_found", f"{adapter.name}: {exc}")
    except PageFormatError as exc:
        return fail("parse_error", f"{adapter.name}: {exc}")
    if wanted is not None and wanted.section:
        parsed = [p for p in parsed if p.section_number == wanted.section]
        if not parsed:
            return fail("not_found", f"{adapter.name}: section {wanted.section} not on the page")
    if not parsed:
        return fail("parse_error", f"{adapter.name}: no sections found on the page")
    for p in parsed:
        page.sections.append(
            SectionRecord(
                jurisdiction=source.jurisdiction,
                code=p.code,
                section_number=p.section_number,
                citation=p.citation,
                url=p.url or response.url,
                text=p.text,
                heading=p.heading,
                history=p.history,
                registry_citation=wanted.citation if wanted and len(parsed) == 1 else None,
            )
        )
    return page


def classify_failure(failure: Failure) -> tuple[str, str]:
    """(outcome, message) for a failed request, naming the cause."""
    from scrapy.exceptions import IgnoreRequest

    from hotline_watch.middlewares import NotArchived

    exc = failure.value
    text = redact(f"{type(exc).__name__}: {exc}".strip())
    if isinstance(exc, NotArchived):
        return "not_archived", "not archived"
    if isinstance(exc, IgnoreRequest):
        lowered = str(exc).lower()
        if "robots" in lowered:
            return "robots", "forbidden by robots.txt"
        if "offsite" in lowered:
            return "offsite", text
        if "redirections" in lowered:
            return "http_error", text
        return "network_error", text
    if "maxsize" in text.lower() or "larger than" in text.lower():
        return "too_large", text
    return "network_error", text


class StatuteSpider(scrapy.Spider):
    """Fetches every registry URL of one jurisdiction and yields one page item per fetch."""

    # No `name`: the base class is not a spider of its own; `scrapy list` shows subclasses only.
    source: StatuteSource  # set on each generated subclass

    custom_settings: dict[str, Any] = {}

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for wanted in self.source.fetchable:
            adapter = get_adapter(wanted.adapter)
            yield scrapy.Request(
                adapter.request_url(wanted.url),
                callback=self.parse_page,
                errback=self.on_error,
                cb_kwargs={"wanted": wanted},
                # Statute pages are re-checked every run: never deduplicated or skipped.
                dont_filter=True,
                meta={"handle_httpstatus_all": True, "hw_registry_url": wanted.url},
            )

    def parse_page(self, response: Response, wanted: SectionSource) -> StatutePage:
        adapter = get_adapter(wanted.adapter)
        return build_statute_page(self.source, adapter, response, wanted)

    def on_error(self, failure: Failure) -> StatutePage:
        request = failure.request
        outcome, message = classify_failure(failure)
        wanted: SectionSource = request.cb_kwargs["wanted"]
        self.logger.log(
            20 if outcome == "not_archived" else 40,
            "%s %s: %s",
            outcome,
            request.url,
            message,
        )
        return StatutePage(
            source=self.source.spider_name,
            jurisdiction=self.source.jurisdiction,
            adapter=wanted.adapter,
            fetch=FetchInfo(
                url=redact(request.url), fetched_at=utcnow(), outcome=outcome, message=message
            ),
        )


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
