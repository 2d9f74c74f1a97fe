"""The bills spider: hotline-posting bills in the 50 states and DC, through Open States API v3
(first) and LegiScan (second), and the text of each bill's latest version from its
legislature's site.

`scrapy list` shows `bills`; `hotline-watch crawl bills` runs it with what the database knows
(pass cursors, versions already read, LegiScan change hashes: hotline_watch.bills_store). Open
States: several simple `q` queries (data/sources/bills.yml), one after another, each paged to
max_page, then filtered locally (bills only, 51 jurisdictions, one record per bill). LegiScan:
getSearch across all states, then getBill only for bills whose change_hash moved. The request
budget (hotline_watch.bills_api) keeps both APIs' limits; what it cannot fetch today is left
for the next run, never lost.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import scrapy
import trafilatura
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from hotline_watch.bills import (
    BillApiPage,
    BillFormatError,
    BillRecord,
    BillTextPage,
    LegiScanError,
    legiscan_search,
    load_json,
    openstates_page,
    parse_legiscan_bill,
    parse_openstates_bill,
    parse_openstates_sessions,
)
from hotline_watch.bills_api import (
    KEY_ENV,
    META,
    BudgetSpent,
    legiscan_url,
    load_bills_config,
    openstates_search_url,
    openstates_sessions_url,
    rate_limit_detail,
)
from hotline_watch.config import redact
from hotline_watch.items import FetchInfo, utcnow
from hotline_watch.pdf import PdfTextError, extract_pdf_text, is_pdf
from spiders.statutes import classify_failure, fetch_info

MIN_TEXT_CHARS = 200  # less than this from a bill page is navigation, not a bill

# -- responses into items (shared with `ingest`) -----------------------------------------------


def _detail(response: Response) -> str:
    """What an API said with an error status (Open States: {"detail": ...})."""
    return rate_limit_detail(response)[:300]


def api_page(response: Response, backend: str, kind: str, **fields: Any) -> BillApiPage:
    """The page item for an API response, its outcome set from the HTTP status."""
    page = BillApiPage(backend=backend, kind=kind, fetch=fetch_info(response), **fields)
    status, name = response.status, "Open States" if backend == "openstates" else "LegiScan"
    meta = response.meta if response.request is not None else {}
    if status in (401, 403):
        page.fetch.outcome = "http_error"
        page.fetch.message = (
            f"{name} refused the API key (${KEY_ENV[backend]}): HTTP {status}: {_detail(response)}"
        )
    elif status == 404 and page.page > 1:
        page.fetch.outcome = "not_found"
        page.fetch.message = (
            f"page {page.page} is past the last page (HTTP 404: {_detail(response)}): "
            "end of results"
        )
        page.end_of_results = True
    elif status == 429:
        page.fetch.outcome = "http_error"
        page.fetch.message = (
            f"HTTP 429 rate limited: {meta.get('hw_rate_limited') or _detail(response)}; "
            f"page {page.page} is fetched again next run"
        )
    elif status >= 400:
        page.fetch.outcome = "http_error"
        page.fetch.message = f"HTTP {status}: {_detail(response)}"
    return page


def openstates_search_page(
    response: Response, query: str | None, page: int, since: str | None
) -> tuple[BillApiPage, int | None]:
    """A page of Open States search results, locally filtered; returns (item, max_page)."""
    item = api_page(response, "openstates", "search", query=query, page=page, since=since)
    if item.fetch.outcome != "ok":
        return item, None
    try:
        results, max_page = openstates_page(load_json(response.body, "Open States /bills"))
    except BillFormatError as exc:
        item.fetch.outcome, item.fetch.message = "parse_error", str(exc)
        return item, None
    item.max_page = max_page
    seen: set[str] = set()
    for raw in results:
        try:
            record, problems = parse_openstates_bill(raw)
        except BillFormatError as exc:
            item.problems.append(str(exc))
            continue
        item.problems.extend(problems)
        if record is None or record.openstates_id in seen:
            item.skipped += 1
            continue
        seen.add(record.openstates_id)
        item.bills.append(record)
    return item, max_page


def openstates_sessions_page(response: Response) -> BillApiPage:
    item = api_page(response, "openstates", "sessions")
    if item.fetch.outcome == "ok":
        try:
            item.sessions = parse_openstates_sessions(
                load_json(response.body, "Open States /jurisdictions")
            )
        except BillFormatError as exc:
            item.fetch.outcome, item.fetch.message = "parse_error", str(exc)
    return item


def legiscan_search_page(response: Response, query: str | None, page: int):
    """A getSearch page: (item, entries, page_total). Its entries only say which bills to get."""
    item = api_page(response, "legiscan", "search", page=page)
    item.query = query
    if item.fetch.outcome != "ok":
        return item, [], None
    try:
        entries, total = legiscan_search(load_json(response.body, "LegiScan getSearch"))
    except LegiScanError as exc:
        item.fetch.outcome, item.fetch.message = "http_error", str(exc)
        return item, [], None
    except BillFormatError as exc:
        item.fetch.outcome, item.fetch.message = "parse_error", str(exc)
        return item, [], None
    item.max_page = total
    return item, entries, total


def legiscan_bill_page(response: Response) -> BillApiPage:
    item = api_page(response, "legiscan", "bill")
    if item.fetch.outcome != "ok":
        return item
    try:
        record, problems = parse_legiscan_bill(load_json(response.body, "LegiScan getBill"))
    except LegiScanError as exc:
        item.fetch.outcome, item.fetch.message = "http_error", str(exc)
        return item
    except BillFormatError as exc:
        item.fetch.outcome, item.fetch.message = "parse_error", str(exc)
        return item
    item.problems.extend(problems)
    if record is None:
        item.skipped = 1
    else:
        item.bills.append(record)
    return item


def bill_text(response: Response) -> str:
    """The text of a bill version: PDF through pypdf, HTML through main-text extraction.

    Raises PdfTextError (scanned or unreadable PDF) or BillFormatError naming the URL."""
    url = redact(response.url)
    content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
    if is_pdf(response.body) or "pdf" in content_type:
        return extract_pdf_text(response.body, url)
    if not isinstance(response, TextResponse):
        raise BillFormatError(f"{url}: not a text or PDF response ({content_type or '?'})")
    # Bill pages are mostly the bill; recall over precision keeps every numbered subsection,
    # and the site's navigation stays out either way.
    extracted = trafilatura.extract(
        response.text, include_comments=False, include_tables=True, favor_recall=True
    )
    text = "\n".join(line.strip() for line in (extracted or "").splitlines() if line.strip())
    if len(text) < MIN_TEXT_CHARS:
        raise BillFormatError(
            f"{url}: main-text extraction yielded {len(text)} characters (< {MIN_TEXT_CHARS})"
        )
    return text


def text_page(
    response: Response, backend: str, bill_ref: tuple[str, str], version_key: str
) -> BillTextPage:
    """A version text fetched from the legislature's site, or why it could not be read."""
    page = BillTextPage(backend, fetch_info(response), bill_ref, version_key)
    fetch = page.fetch
    if is_pdf(response.body) and fetch.message and fetch.message.startswith("charset:"):
        # Scrapy makes a TextResponse of application/pdf, so the charset repair notes it;
        # a PDF's bytes are read by pypdf, never decoded as text.
        fetch.message = None
    if response.status in (404, 410):
        fetch.outcome, fetch.message = "not_found", f"bill text: HTTP {response.status}"
    elif response.status >= 400:
        fetch.outcome, fetch.message = "http_error", f"bill text: HTTP {response.status}"
    else:
        try:
            page.text = bill_text(response)
        except (PdfTextError, BillFormatError) as exc:
            fetch.outcome, fetch.message = "parse_error", f"bill text: {exc}"
    return page


# -- the spider --------------------------------------------------------------------------------


class BillsSpider(scrapy.Spider):
    """Bills through the backends that have a key (or, replaying, all the archive holds)."""

    name = "bills"
    uses_bill_apis = True  # ApiBudgetMiddleware keeps this spider's API limits
    custom_settings = {"ITEM_PIPELINES": {"pipelines.bills.BillsPipeline": 900}}

    def __init__(
        self,
        *args: Any,
        backends: list[str] | None = None,
        cursors: dict[str, dict] | None = None,
        known_versions: set[str] | None = None,
        bill_ids: dict[str, dict] | None = None,
        legiscan_hashes: dict[int, str] | None = None,
        sessions_due: bool = True,
        backfill: bool = False,
        **kwargs: Any,
    ):
        super().__init__(*args, **kwargs)
        self.config = load_bills_config()
        self.keys = self.config.keys()
        self.backends = backends if backends is not None else list(self.keys)
        queries = self.config.openstates.queries
        self.cursors = cursors or {q: {"since": None, "page": 1} for q in queries}
        self.known_versions = set(known_versions or ())
        self.bill_ids = bill_ids or {"openstates": {}, "legiscan": {}}
        self.legiscan_hashes = legiscan_hashes or {}
        self.sessions_due = sessions_due
        self.backfill = backfill
        self.notes: list[str] = []  # what was left for the next run, and why
        self.stopped: dict[str, str] = {}
        self.requested: set[str] = set()

    async def start(self) -> AsyncIterator[scrapy.Request]:
        if "openstates" in self.backends:
            if self.sessions_due:
                yield self._api_request(
                    "openstates",
                    openstates_sessions_url(self.config.openstates),
                    self.parse_sessions,
                )
            else:
                for request in self._openstates_query(0):
                    yield request
        if "legiscan" in self.backends:
            for request in self._legiscan_query(0, 1):
                yield request

    def _api_request(self, backend: str, url: str, callback, **cb_kwargs: Any) -> scrapy.Request:
        headers = {"Accept": "application/json"}
        if backend == "openstates" and "openstates" in self.keys:
            headers["X-API-KEY"] = self.keys["openstates"]  # a header: never in a stored URL
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.api_failed,
            cb_kwargs=cb_kwargs,
            headers=headers,
            dont_filter=True,  # API pages are asked afresh every run
            # Every status reaches the callback (401, 404 past max_page, 429: each has a
            # meaning); API pages are not cached (no validators to revalidate with).
            meta={"handle_httpstatus_all": True, "dont_cache": True, META: backend},
        )

    # -- Open States ---------------------------------------------------------------------------

    def _openstates_query(self, index: int) -> Iterator[scrapy.Request]:
        queries = self.config.openstates.queries
        if index >= len(queries) or "openstates" in self.stopped:
            return
        cursor = self.cursors.get(queries[index]) or {"since": None, "page": 1}
        yield self._search_request(index, cursor["page"], cursor["since"])

    def _search_request(self, index: int, page: int, since: str | None) -> scrapy.Request:
        query = self.config.openstates.queries[index]
        url = openstates_search_url(self.config.openstates, query, page, since)
        return self._api_request(
            "openstates", url, self.parse_search, index=index, page=page, since=since
        )

    def parse_sessions(self, response: Response):
        yield openstates_sessions_page(response)
        self._stop_on_refusal(response, "openstates")
        yield from self._openstates_query(0)

    def parse_search(self, response: Response, index: int, page: int, since: str | None):
        query = self.config.openstates.queries[index]
        item, max_page = openstates_search_page(response, query, page, since)
        yield item
        if self._stop_on_refusal(response, "openstates"):
            return
        for bill in item.bills:
            yield from self._text_request(bill)
        if max_page is not None and page < max_page:
            if page < self.config.openstates.max_pages:
                yield self._search_request(index, page + 1, since)
                return
            self.notes.append(
                f"query {query!r} stopped at max_pages ({page} of {max_page}): "
                f"resumes at page {page + 1} next run"
            )
        yield from self._openstates_query(index + 1)

    # -- LegiScan ------------------------------------------------------------------------------

    def _legiscan_query(self, index: int, page: int) -> Iterator[scrapy.Request]:
        cfg = self.config.legiscan
        if index >= len(cfg.queries) or "legiscan" in self.stopped:
            return
        # year 2: the current sessions; a backfill (--since) asks for every year (1).
        url = legiscan_url(
            cfg,
            self.keys.get("legiscan", "REDACTED"),
            "getSearch",
            state="ALL",
            query=cfg.queries[index],
            year=1 if self.backfill else 2,
            page=page,
        )
        yield self._api_request("legiscan", url, self.parse_legiscan_search, index=index, page=page)

    def parse_legiscan_search(self, response: Response, index: int, page: int):
        query = self.config.legiscan.queries[index]
        item, entries, total = legiscan_search_page(response, query, page)
        yield item
        if self._stop_on_refusal(response, "legiscan"):
            return
        if item.fetch.outcome == "http_error":
            # LegiScan's own ERROR (a bad key says so with HTTP 200): nothing else will work.
            self.stopped["legiscan"] = item.fetch.message or "error"
            return
        if item.fetch.outcome != "ok":
            yield from self._legiscan_query(index + 1, 1)
            return
        for entry in entries:
            bill_id, change = entry.get("bill_id"), entry.get("change_hash")
            if not isinstance(bill_id, int) or entry.get("state") == "US":
                continue
            if change and self.legiscan_hashes.get(bill_id) == change:
                continue  # unchanged since we stored it: costs nothing
            if f"getBill:{bill_id}" in self.requested:
                continue
            self.requested.add(f"getBill:{bill_id}")
            url = legiscan_url(
                self.config.legiscan, self.keys.get("legiscan", "REDACTED"), "getBill", id=bill_id
            )
            yield self._api_request("legiscan", url, self.parse_legiscan_bill)
        if total and page < total and page < self.config.legiscan.max_pages:
            yield from self._legiscan_query(index, page + 1)
        else:
            yield from self._legiscan_query(index + 1, 1)

    def parse_legiscan_bill(self, response: Response):
        item = legiscan_bill_page(response)
        yield item
        self._stop_on_refusal(response, "legiscan")
        for bill in item.bills:
            yield from self._text_request(bill)

    # -- shared --------------------------------------------------------------------------------

    def _stop_on_refusal(self, response: Response, backend: str) -> bool:
        """A refused key or a rate limit ends this backend for the run (a 401 will not get
        better by asking again; a limit is waited for until the next run)."""
        if response.status in (401, 403, 429):
            self.stopped.setdefault(backend, f"HTTP {response.status}")
            return True
        return False

    def _text_request(self, bill: BillRecord) -> Iterator[scrapy.Request]:
        version = bill.latest_version()
        if version is None:
            return
        if bill.backend == "openstates":
            ref = ("openstates_id", str(bill.openstates_id))
            stored_id = self.bill_ids["openstates"].get(bill.openstates_id)
        else:
            ref = ("legiscan_id", str(bill.legiscan_id))
            stored_id = self.bill_ids["legiscan"].get(bill.legiscan_id)
        known = f"{stored_id or bill.id}|{version.key}"
        if known in self.known_versions or version.url in self.requested:
            return
        self.requested.add(version.url)
        yield scrapy.Request(
            version.url,
            callback=self.parse_text,
            errback=self.text_failed,
            cb_kwargs={"backend": bill.backend, "bill_ref": ref, "version_key": version.key},
            dont_filter=True,
            meta={"handle_httpstatus_all": True},
        )

    def parse_text(
        self, response: Response, backend: str, bill_ref: tuple[str, str], version_key: str
    ) -> BillTextPage:
        return text_page(response, backend, bill_ref, version_key)

    def text_failed(self, failure: Failure) -> BillTextPage:
        outcome, message = classify_failure(failure)
        kwargs = failure.request.cb_kwargs
        self.logger.log(20 if outcome == "not_archived" else 40, "bill text %s", message)
        return BillTextPage(
            kwargs["backend"],
            FetchInfo(redact(failure.request.url), utcnow(), outcome, message=message),
            kwargs["bill_ref"],
            kwargs["version_key"],
        )

    def api_failed(self, failure: Failure):
        """A request that got no response: the budget refused it, or the network failed.
        Either way the backend stops for this run; its pass resumes next run."""
        request = failure.request
        backend = request.meta[META]
        kwargs = request.cb_kwargs
        if isinstance(failure.value, BudgetSpent):
            where = ""
            if "index" in kwargs and backend == "openstates":
                query = self.config.openstates.queries[kwargs["index"]]
                where = f"; query {query!r} resumes at page {kwargs['page']} next run"
            self.stopped[backend] = str(failure.value)
            self.notes.append(f"{failure.value}{where}")
            self.logger.warning("bills: %s%s", failure.value, where)
            return
        outcome, message = classify_failure(failure)
        if outcome != "not_archived":
            self.stopped[backend] = message
        self.logger.log(20 if outcome == "not_archived" else 40, "bills API: %s", message)
        query = kwargs.get("index")
        yield BillApiPage(
            backend=backend,
            kind="search" if query is not None else "bill",
            fetch=FetchInfo(redact(request.url), utcnow(), outcome, message=message),
            page=kwargs.get("page", 1),
        )
        if outcome == "not_archived" and backend == "openstates":
            # Replaying an archive that does not hold this page: go on with the next query.
            if query is None:
                yield from self._openstates_query(0)
            else:
                yield from self._openstates_query(query + 1)


def backend_of(url: str, config) -> tuple[str, str] | None:
    """(backend, endpoint) of an API URL: ("openstates", "bills"), ("legiscan", "getBill")."""
    parts = urlsplit(url)
    for backend, base in (
        ("openstates", config.openstates.base_url),
        ("legiscan", config.legiscan.base_url),
    ):
        base_parts = urlsplit(base)
        if (parts.scheme, parts.netloc) != (base_parts.scheme, base_parts.netloc):
            continue
        path = parts.path[len(base_parts.path) :].strip("/")
        if backend == "openstates" and path in ("bills", "jurisdictions"):
            return backend, path
        if backend == "legiscan" and not path:
            op = (parse_qs(parts.query).get("op") or [""])[0]
            return backend, op
    return None


def archived_item(response: Response, config, version_for) -> BillApiPage | BillTextPage | None:
    """The bill item of an archived response (`ingest`), or None when it is not a bills URL.

    `version_for(url)` says which stored (bill id, version key) a legislature URL is the text
    of. Search pages are stored without moving any pass cursor: ingest is not a crawl."""
    where = backend_of(response.url, config)
    if where == ("openstates", "bills"):
        params = parse_qs(urlsplit(response.url).query)
        page = int((params.get("page") or ["1"])[0])
        since = (params.get("updated_since") or [None])[0]
        return openstates_search_page(response, None, page, since)[0]
    if where == ("openstates", "jurisdictions"):
        return openstates_sessions_page(response)
    if where == ("legiscan", "getBill"):
        return legiscan_bill_page(response)
    if where == ("legiscan", "getSearch"):
        return legiscan_search_page(response, None, 1)[0]
    if where is not None:
        return None
    found = version_for(response.url)
    if found is None:
        return None
    bill_id, version_key = found
    return text_page(response, "archive", ("id", bill_id), version_key)
