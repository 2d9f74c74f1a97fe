"""One statute response parsed into a page item: shared by the statute spiders, `ingest` and
the offload worker process (hotline_watch/offload.py), which imports this module and not
spiders.statutes, whose import loads the whole registry.
"""

from __future__ import annotations

from typing import Any

from scrapy.http import Response, TextResponse

from hotline_watch.config import redact
from hotline_watch.items import FetchInfo, SectionRecord, StatutePage, sha256, utcnow
from hotline_watch.registry import SectionSource, StatuteSource
from spiders.sites import (
    ListingPage,
    PageFormatError,
    SectionNotFound,
    StatuteAdapter,
    get_adapter,
)
from spiders.sites.chrome import chrome_signs


def fetch_info(
    response: Response,
    outcome: str = "ok",
    message: str | None = None,
    meta: dict[str, Any] | None = None,
) -> FetchInfo:
    """Provenance of a response; replay and archive middlewares leave theirs in meta (the
    request's, given as `meta` in the downloader, where the response is not yet bound to it)."""
    if meta is None:
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
        # Notes on an ok page too: "not modified", or a charset that had to be repaired.
        message=message
        or ("not modified" if not_modified else None)
        or meta.get("hw_charset_note"),
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

    status = response.status
    meta = response.meta if response.request is not None else {}
    if status in (404, 410):
        return fail("not_found", f"HTTP {status}")
    if status >= 400:
        note = meta.get("hw_retry_after")
        return fail("http_error", f"HTTP {status}" + (f" ({note})" if note else ""))
    if 300 <= status < 400 and status != 304:
        where = response.headers.get(b"Location", b"").decode("latin-1")
        return fail("http_error", f"HTTP {status} redirect not followed (to {where or '?'})")
    if not response.body.strip():
        return fail("parse_error", f"{adapter.name}: empty page (HTTP {status}, no content)")
    if not isinstance(response, TextResponse) and not adapter.binary:
        return fail(
            "parse_error", f"{adapter.name}: not a text response ({type(response).__name__})"
        )
    section = wanted.section if wanted is not None else None
    try:
        parsed = adapter.parse_wanted(response, section) if section else adapter.parse(response)
    except SectionNotFound as exc:
        return fail("not_found", f"{adapter.name}: {exc}")
    except PageFormatError as exc:
        return fail("parse_error", f"{adapter.name}: {exc}")
    except ListingPage as exc:
        follow = exc.pick(section)
        if section and follow is None:
            return fail("not_found", f"{adapter.name}: section {section} is not listed ({exc})")
        page.follow = follow
        nxt = f"; next: {redact(follow.url)}" if follow else ""
        return fail("listing", f"{adapter.name}: {exc}{nxt}")
    if section and not parsed:
        return fail("not_found", f"{adapter.name}: section {section} not on the page")
    if not parsed:
        return fail("parse_error", f"{adapter.name}: no sections found on the page")
    for p in parsed:
        record = SectionRecord(
            jurisdiction=source.jurisdiction,
            code=p.code,
            section_number=p.section_number,
            citation=p.citation,
            url=p.url or response.url,
            text=p.text,
            heading=p.heading,
            history=p.history,
            registry_citation=wanted.citation if wanted and len(parsed) == 1 else None,
            adapter=adapter.name,
        )
        if adapter.name == "generic":
            # Main-text extraction knows nothing of the site: say so when its text looks like
            # a web page rather than a statute.
            record.chrome_signs = chrome_signs(p.text)
            if record.chrome_signs:
                page.warnings.append(
                    f"{p.citation}: generic extraction, chrome in the text "
                    f"({'; '.join(record.chrome_signs)})"
                )
        page.sections.append(record)
    return page


def parse_and_code(
    source: StatuteSource,
    wanted: SectionSource,
    response_class: type[Response],
    response_fields: dict[str, Any],
    fetch: FetchInfo,
) -> StatutePage:
    """build_statute_page and the code pipeline, on a response rebuilt from its fields: what
    the offload worker runs for a fetched page (see `StatuteSpider.build_page`)."""
    from pipelines.code import CodePipeline

    response = response_class(**response_fields)
    page = build_statute_page(source, get_adapter(wanted.adapter), response, wanted, fetch)
    return CodePipeline().process_item(page)


def record_and_parse(
    archive: tuple[str, int, list[tuple[str, str]], bytes], parse: tuple | None
) -> tuple[bytes, StatutePage | None]:
    """The offload worker's one call for a fetched page: its WARC record (`warc_record(*archive)`)
    and, when `parse` holds `parse_and_code`'s arguments, the page parsed and coded. One call,
    not two: the body crosses the pipe once and the worker is woken once (each call cost the
    crawl process ~0.1 ms). A page that fails to parse here is returned as None: the spider
    parses it again, in the worker, and meets the error there, as before."""
    from hotline_watch.archive import warc_record

    record = warc_record(*archive)
    if parse is None:
        return record, None
    try:
        return record, parse_and_code(*parse)
    except Exception:  # noqa: BLE001 - raised again when the spider parses the page
        return record, None


def response_fields(response: Response) -> dict[str, Any]:
    """What a parser needs of a response, picklable (its class goes alongside)."""
    fields: dict[str, Any] = {
        "url": response.url,
        "status": response.status,
        "headers": dict(response.headers),
        "body": response.body,
    }
    if isinstance(response, TextResponse):
        fields["encoding"] = response.encoding  # as the charset middleware decided
    return fields
