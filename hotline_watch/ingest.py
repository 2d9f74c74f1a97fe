"""`hotline-watch ingest`: run archived responses through the registry's parsers, no crawling."""

from __future__ import annotations

import contextlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrapy.exceptions import DropItem
from scrapy.http import Response

from hotline_watch.archive import ArchivedResponse, iter_responses
from hotline_watch.bills_api import BillsConfig, load_bills_config
from hotline_watch.facts import LawFacts, load_law_facts
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


@dataclass
class _Tally:
    """What an ingest saw, per source (record_source_result's counts) and in all."""

    counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    last_error: dict[str, str] = field(default_factory=dict)
    last_warning: dict[str, str] = field(default_factory=dict)
    damaged: list[str] = field(default_factory=list)

    def error(self, source: str, message: str) -> None:
        self.counts[source]["errors"] += 1
        self.last_error[source] = message

    def record(self, store: Store, run_id: int) -> None:
        """One source_runs row per source the archives held pages of."""
        for name, counts in self.counts.items():
            store.record_source_result(
                run_id,
                name,
                counts["pages"],
                counts["items"],
                counts["errors"],
                self.last_error.get(name),
                warnings=counts["warnings"],
                warning=self.last_warning.get(name),
                listings=counts["listings"],
                gone=counts["gone"],
            )


def ingest_warcs(
    store: Store,
    warcs: list[Path],
    command: str,
    sources: list[StatuteSource] | None = None,
    offices: list[OfficeSource] | None = None,
    facts: dict[str, LawFacts] | None = None,
    bills_config: BillsConfig | None = None,
) -> dict[str, Any]:
    """Parse, code and store every claimed response of the WARC files; returns the run row.

    A damaged record (truncated, digest mismatch) is never parsed: it counts as a failed page
    of the source that claims it, and the run fails naming the record. Whatever stops the
    ingest (an unreadable file further in, a signal, a storage error) closes the run as
    failed or interrupted before the error goes on: no run is left `running`.
    """
    from hotline_watch.runner import Interrupted

    if sources is None or offices is None:
        sources, offices = load_statutes(), load_offices()
    bills = BillIngest(store, bills_config or load_bills_config())
    store.sync_sources(sources, offices)
    store.sync_law_facts(load_law_facts() if facts is None else facts)
    run_id = store.start_run("ingest", "ingest", command, archive=",".join(map(str, warcs)))
    tally = _Tally()
    try:
        for warc in warcs:
            for archived in iter_responses(warc):
                if bills.claims(archived.url):
                    bills.ingest(archived, run_id, tally)
                else:
                    _ingest_one(archived, store, run_id, sources, offices, tally)
        bills.finish(run_id)
    except BaseException as exc:
        status = "interrupted" if isinstance(exc, Interrupted | KeyboardInterrupt) else "failed"
        message = str(exc) or type(exc).__name__
        with contextlib.suppress(Exception):  # the database may be what failed
            tally.record(store, run_id)
            store.finish_run(run_id, status, message)
        raise
    tally.record(store, run_id)
    if tally.damaged:
        return store.finish_run(
            run_id,
            "failed",
            f"{len(tally.damaged)} damaged record(s) skipped: {'; '.join(tally.damaged)}",
        )
    return store.finish_run(run_id)


def _ingest_one(
    archived: ArchivedResponse,
    store: Store,
    run_id: int,
    sources: list[StatuteSource],
    offices: list[OfficeSource],
    tally: _Tally,
) -> None:
    from pipelines.code import CodePipeline
    from pipelines.validate import ValidatePipeline
    from spiders.ag import build_release_page
    from spiders.sites import get_adapter
    from spiders.statutes import build_statute_page

    routed = route_statute(archived.url, sources)
    office = route_release(archived.url, offices) if routed is None else None
    if archived.damage:
        what = f"{archived.url} ({archived.location}): {archived.damage}"
        tally.damaged.append(what)
        owner = routed[0].spider_name if routed else office.spider_name if office else None
        if owner is not None:
            tally.counts[owner]["pages"] += 1
            tally.error(owner, f"damaged archive record, not stored: {what}")
        return
    page: StatutePage | ReleasePage
    wanted = None
    if routed is not None:
        source, adapter_name, wanted = routed
        adapter = get_adapter(adapter_name)
        page = build_statute_page(source, adapter, _response(archived), wanted, _fetch(archived))
    elif office is not None:
        page = build_release_page(office, _response(archived), None, _fetch(archived))
    else:
        return
    counts = tally.counts[page.source]
    counts["pages"] += 1
    try:
        page = CodePipeline().process_item(ValidatePipeline().process_item(page))
    except DropItem as exc:
        tally.error(page.source, f"invalid item: {exc}")
        return
    if isinstance(page, ReleasePage):
        store.save_release_page(page, run_id)
        counts["items"] += len(page.releases)
    else:
        if store.save_statute_page(page, run_id)["gone"]:
            counts["gone"] += 1  # recorded gone before: awaiting review, not a failure
            return
        counts["items"] += len(page.sections)
        if page.warnings:
            counts["warnings"] += len(page.warnings)
            tally.last_warning[page.source] = f"{page.fetch.url}: {'; '.join(page.warnings)}"
    if page.fetch.outcome == "listing":
        counts["listings"] += 1
    if page.fetch.outcome == "not_found" and isinstance(page, StatutePage) and not wanted:
        # An archived page the registry does not ask for, which the site says does not
        # exist: recorded as not found, but no source of ours is failing because of it.
        return
    if page.fetch.outcome not in BENIGN_OUTCOMES or page.problems:
        why = page.fetch.message or "; ".join(page.problems)
        tally.error(page.source, f"{page.fetch.url}: {why}")


class BillIngest:
    """Routes archived bill API responses and bill texts to the bills pipeline."""

    def __init__(self, store: Store, config: BillsConfig):
        self.store, self.config = store, config

    def _version_for(self, url: str) -> tuple[str, str] | None:
        row = self.store.db.execute(
            "select bill_id, version_key from bill_versions where url = ? limit 1", [url]
        ).fetchone()
        return tuple(row) if row else None

    def claims(self, url: str) -> bool:
        """A bill API URL, or the text of a stored bill version."""
        from spiders.bills import backend_of

        return backend_of(url, self.config) is not None or self._version_for(url) is not None

    def ingest(self, archived: ArchivedResponse, run_id: int, tally: _Tally) -> None:
        """Parse, code and store one archived bills response."""
        from hotline_watch.bills import SOURCE
        from pipelines.bills import item_error, store_bill_item
        from spiders.bills import archived_item

        if archived.damage:
            what = f"{archived.url} ({archived.location}): {archived.damage}"
            tally.damaged.append(what)
            tally.counts[SOURCE]["pages"] += 1
            tally.error(SOURCE, f"damaged archive record, not stored: {what}")
            return
        if archived.status == 429:
            return  # a rate limit the crawl waited out: no content
        fetch = _fetch(archived)
        item = archived_item(_response(archived), self.config, self._version_for)
        if item is None:
            return  # an endpoint of the APIs that bills do not use
        # The archive's provenance (its date and record), not the parse's "now".
        outcome, message = item.fetch.outcome, item.fetch.message
        item.fetch = fetch
        item.fetch.outcome, item.fetch.message = outcome, message or fetch.message
        counts = tally.counts[item.source]
        counts["pages"] += 1
        try:
            store_bill_item(self.store, item, run_id)
        except DropItem as exc:
            tally.error(item.source, f"invalid item: {exc}")
            return
        counts["items"] += len(getattr(item, "bills", ())) or int(item.fetch.outcome == "ok")
        error = item_error(item)
        if error:
            tally.error(item.source, error)

    def finish(self, run_id: int) -> None:
        """Statuses the calendar moved (effective dates come, sessions ended)."""
        from hotline_watch.bills_store import refresh_statuses

        if self.store.db.execute("select 1 from bills limit 1").fetchone():
            refresh_statuses(self.store, run_id)


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
