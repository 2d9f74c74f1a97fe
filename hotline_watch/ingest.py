"""`hotline-watch ingest`: run archived responses through the registry's parsers, no crawling."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from scrapy.exceptions import DropItem
from scrapy.http import Response

from hotline_watch.archive import ArchivedResponse, iter_responses
from hotline_watch.facts import load_law_facts
from hotline_watch.items import BENIGN_OUTCOMES, FetchInfo, ReleasePage, StatutePage, sha256
from hotline_watch.middlewares import repair_encoding
from hotline_watch.registry import SectionSource, StatuteSource, load_statutes
from hotline_watch.registry_ag import OfficeSource, load_offices
from hotline_watch.storage import Store


def route_statute(
    url: str, sources: list[StatuteSource]
) -> tuple[StatuteSource, str, SectionSource | None] | None:
    """The registry entry, adapter name and (if listed) registry line that claim a URL.

    A URL listed in the registry goes to that line's adapter; otherwise the first entry whose
    allowed domains match takes it, parsed by the first of its own adapters that claims the URL,
    else by any other adapter that claims it (a site family may hold pages of another template,
    e.g. Pennsylvania's consolidated statutes beside the act the registry lists).
    """
    from spiders.sites import ADAPTERS, get_adapter

    for source in sources:
        for wanted in source.sections:
            if wanted.url == url:
                return source, wanted.adapter, wanted
    for source in sources:
        if not source.allows(url):
            continue
        names = dict.fromkeys([source.adapter, *(s.adapter for s in source.sections), *ADAPTERS])
        for name in names:
            if get_adapter(name).claims(url):
                return source, name, None
    return None


def route_release(url: str, offices: list[OfficeSource]) -> OfficeSource | None:
    """The office whose release URL pattern claims a URL."""
    return next((o for o in offices if o.is_release(url)), None)


def ingest_warcs(store: Store, warcs: list[Path], command: str) -> dict[str, Any]:
    """Parse, code and store every claimed response of the WARC files; returns the run row."""
    from pipelines.code import CodePipeline
    from pipelines.validate import ValidatePipeline
    from spiders.ag import build_release_page
    from spiders.sites import get_adapter
    from spiders.statutes import build_statute_page

    sources, offices, facts = load_statutes(), load_offices(), load_law_facts()
    bills = BillIngest(store)
    store.sync_sources(sources, offices)
    store.sync_law_facts(facts)
    run_id = store.start_run("ingest", "ingest", command, archive=",".join(map(str, warcs)))
    validate, code = ValidatePipeline(), CodePipeline()
    # Per source: pages, items, errors, warnings, listings, gone (record_source_result's counts).
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    last_error: dict[str, str] = {}
    last_warning: dict[str, str] = {}
    for warc in warcs:
        for archived in iter_responses(warc):
            page: StatutePage | ReleasePage
            if bills.claims(archived.url):
                if archived.status != 429:  # a rate limit the crawl waited out: no content
                    bills.ingest(_response(archived), _fetch(archived), run_id, tally)
                continue
            wanted = None
            routed = route_statute(archived.url, sources)
            if routed is not None:
                source, adapter_name, wanted = routed
                adapter = get_adapter(adapter_name)
                page = build_statute_page(
                    source, adapter, _response(archived), wanted, _fetch(archived)
                )
            elif (office := route_release(archived.url, offices)) is not None:
                page = build_release_page(office, _response(archived), None, _fetch(archived))
            else:
                continue
            counts = tally[page.source]
            counts["pages"] += 1
            try:
                page = code.process_item(validate.process_item(page))
            except DropItem as exc:
                counts["errors"] += 1
                last_error[page.source] = f"invalid item: {exc}"
                continue
            if isinstance(page, ReleasePage):
                store.save_release_page(page, run_id)
                counts["items"] += len(page.releases)
            else:
                if store.save_statute_page(page, run_id)["gone"]:
                    counts["gone"] += 1  # recorded gone before: awaiting review, not a failure
                    continue
                counts["items"] += len(page.sections)
                if page.warnings:
                    counts["warnings"] += len(page.warnings)
                    last_warning[page.source] = f"{page.fetch.url}: {'; '.join(page.warnings)}"
            if page.fetch.outcome == "listing":
                counts["listings"] += 1
            if page.fetch.outcome == "not_found" and isinstance(page, StatutePage) and not wanted:
                # An archived page the registry does not ask for, which the site says does not
                # exist: recorded as not found, but no source of ours is failing because of it.
                continue
            if page.fetch.outcome not in BENIGN_OUTCOMES or page.problems:
                counts["errors"] += 1
                why = page.fetch.message or "; ".join(page.problems)
                last_error[page.source] = f"{page.fetch.url}: {why}"
    bills.finish(run_id, last_error)
    for name, counts in tally.items():
        store.record_source_result(
            run_id,
            name,
            counts["pages"],
            counts["items"],
            counts["errors"],
            last_error.get(name),
            warnings=counts["warnings"],
            warning=last_warning.get(name),
            listings=counts["listings"],
            gone=counts["gone"],
        )
    return store.finish_run(run_id)


class BillIngest:
    """Routes archived bill API responses and bill texts to the bills pipeline."""

    def __init__(self, store: Store):
        from hotline_watch.bills_api import load_bills_config

        self.store, self.config = store, load_bills_config()
        self.errors: list[str] = []

    def _version_for(self, url: str) -> tuple[str, str] | None:
        row = self.store.db.execute(
            "select bill_id, version_key from bill_versions where url = ? limit 1", [url]
        ).fetchone()
        return tuple(row) if row else None

    def claims(self, url: str) -> bool:
        """A bill API URL, or the text of a stored bill version."""
        from spiders.bills import backend_of

        return backend_of(url, self.config) is not None or self._version_for(url) is not None

    def ingest(self, response, fetch, run_id, tally) -> None:
        """Parse, code and store one archived bills response."""
        from pipelines.bills import item_error, store_bill_item
        from spiders.bills import archived_item

        item = archived_item(response, self.config, self._version_for)
        if item is None:
            return  # an endpoint of the APIs that bills do not use
        # The archive's provenance (its date and record), not the parse's "now".
        outcome, message = item.fetch.outcome, item.fetch.message
        item.fetch = fetch
        item.fetch.outcome, item.fetch.message = outcome, message or fetch.message
        counts = tally[item.source]
        counts["pages"] += 1
        try:
            store_bill_item(self.store, item, run_id)
        except DropItem as exc:
            counts["errors"] += 1
            self.errors.append(f"invalid item: {exc}")
            return
        counts["items"] += len(getattr(item, "bills", ())) or int(item.fetch.outcome == "ok")
        error = item_error(item)
        if error:
            counts["errors"] += 1
            self.errors.append(error)

    def finish(self, run_id: int, last_error: dict[str, str]) -> None:
        from hotline_watch.bills import SOURCE
        from hotline_watch.bills_store import refresh_statuses

        if self.store.db.execute("select 1 from bills limit 1").fetchone():
            refresh_statuses(self.store, run_id)
        if self.errors:
            last_error[SOURCE] = self.errors[-1]


def _fetch(archived: ArchivedResponse) -> FetchInfo:
    return FetchInfo(
        url=archived.url,
        fetched_at=archived.date,
        outcome="ok",
        status=archived.status,
        content_hash=sha256(archived.body),
        bytes=len(archived.body),
        archive=archived.location,
    )


def _response(archived: ArchivedResponse) -> Response:
    """The archived response as the spiders would see it: ingest runs no downloader
    middlewares, so the charset repair a crawl applies (CharsetMiddleware) is applied here."""
    return repair_encoding(archived.to_scrapy())
