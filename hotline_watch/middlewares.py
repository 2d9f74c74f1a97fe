"""Downloader middlewares: replay and archive, politeness across spiders, and the fault handling
Scrapy does not do by itself.

* `ReplayMiddleware` / `ArchiveMiddleware`: serve responses from WARC files; write every live
  response to the run's WARC file. Both leave provenance in `request.meta` for the spider's
  FetchInfo: `hw_fetched_at` (when the bytes were fetched) and `hw_archive` ("<warc>#<offset>").
* `HostGateMiddleware`: one request at a time per host across *every* spider of the process
  (Scrapy's CONCURRENT_REQUESTS_PER_DOMAIN only holds within one spider), DOWNLOAD_DELAY
  between them, and a host-wide pause when a server answers 429/503 with Retry-After.
* `RetryAfterMiddleware`: Scrapy's RetryMiddleware, plus Retry-After: the retry waits as long
  as the server asked (up to HOTLINE_WATCH_RETRY_AFTER_MAX seconds); a longer wait is not
  retried at all and the page is recorded with the reason.
* `FollowRedirectsMiddleware`: follows redirects although spiders ask for every status
  (`handle_httpstatus_all` turns Scrapy's redirects off), never off-site: a redirect outside the
  spider's allowed domains is refused and recorded as "offsite".
* `CharsetMiddleware`: a page whose declared charset does not decode it (a windows-1252 page
  sent as utf-8) or that declares none is decoded as utf-8, else windows-1252, with a note.
* `PageSizeMiddleware`: counts received bytes so a download Scrapy cancels at DOWNLOAD_MAXSIZE
  (max_page_bytes) is recorded as `too_large`, not as a network error.
* `RevalidateOnlyPolicy` / `RevalidatingCacheMiddleware`: the HTTP cache only answers a 304
  (conditional re-fetching); it never stands in for a site that errors or is down.
* `SqliteCacheStorage`: the HTTP cache in one SQLite file, an entry written in one transaction,
  so a kill -9 never leaves half an entry (which would later be served as "not modified").
"""

from __future__ import annotations

import contextlib
import email.utils
import logging
import pickle
import sqlite3
import time
from collections import deque
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.httpcache import HttpCacheMiddleware
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest, NotConfigured
from scrapy.extensions.httpcache import RFC2616Policy
from scrapy.http import Request, Response, TextResponse
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import response_from_dict
from twisted.internet.defer import CancelledError, Deferred
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding

from hotline_watch.archive import ArchiveIndex, WarcArchiveWriter, warc_record
from hotline_watch.config import DEFAULT_RETRY_AFTER_MAX, archive_dir, redact
from hotline_watch.items import utcnow
from hotline_watch.offload import OffloadError

logger = logging.getLogger(__name__)

#: Statuses whose Retry-After header we honour (RFC 9110 §10.2.3, RFC 6585 §4).
RETRY_AFTER_STATUSES = frozenset({429, 503})


class NotArchived(IgnoreRequest):
    """Replay: the archive holds no copy of this URL. Recorded, never a failure."""


class DamagedRecord(IgnoreRequest):
    """Replay: the archive's copy of this URL is truncated or fails its digest: not replayed."""


class OffsiteRedirect(IgnoreRequest):
    """A redirect to a host outside the spider's allowed domains: not followed."""


class RedirectLoop(IgnoreRequest):
    """More redirects than REDIRECT_MAX_TIMES (usually a loop)."""


# -- replay and archive ----------------------------------------------------------------------

# One index per set of WARC files, shared by every spider of a replay run.
_INDEXES: dict[tuple[str, ...], ArchiveIndex] = {}


def replay_index(paths: list[str] | tuple[str, ...]) -> ArchiveIndex:
    """The index of a replay's WARC files, built once per process: the crawl plan (which
    checks the files before anything is written) and every spider's middleware share it."""
    key = tuple(str(Path(p).resolve()) for p in paths)
    if key not in _INDEXES:
        _INDEXES[key] = ArchiveIndex(list(key))
    return _INDEXES[key]


class ReplayMiddleware:
    """Serve responses from WARC files (setting HOTLINE_WATCH_REPLAY) instead of the network."""

    def __init__(self, paths: list[str]):
        self.index = replay_index(paths)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReplayMiddleware:
        paths = crawler.settings.getlist("HOTLINE_WATCH_REPLAY")
        if not paths:
            raise NotConfigured
        return cls(paths)

    def process_request(self, request: Request, spider=None) -> Response:
        # Archives hold redacted URLs: a keyed API request replays from its redacted copy.
        archived = self.index.get(request.url) or self.index.get(redact(request.url))
        if archived is None:
            raise NotArchived(f"not archived: {request.url}")
        if archived.damage:
            raise DamagedRecord(
                f"damaged archive record {archived.location}: {archived.damage}; not replayed"
            )
        request.meta["hw_fetched_at"] = archived.date
        request.meta["hw_archive"] = archived.location
        return archived.to_scrapy(request=request)


# Every spider of a run archives to the same WARC file: one writer per file, shared, so record
# offsets stay right (two append-mode handles each believe their own tell()).
_WRITERS: dict[Path, list[Any]] = {}  # path -> [writer, users]


def _shared_writer(path: Path) -> WarcArchiveWriter:
    key = path.resolve()
    entry = _WRITERS.get(key)
    if entry is None:
        entry = _WRITERS[key] = [WarcArchiveWriter(key), 0]
    entry[1] += 1
    return entry[0]


def _release_writer(writer: WarcArchiveWriter) -> None:
    key = writer.path.resolve()
    entry = _WRITERS.get(key)
    if entry is None or entry[0] is not writer:
        writer.close()
        return
    entry[1] -= 1
    if entry[1] <= 0:
        del _WRITERS[key]
        writer.close()


class ArchiveMiddleware:
    """Write every live response to the run's WARC file (setting HOTLINE_WATCH_ARCHIVE)."""

    def __init__(self, path: Path):
        self.path = path
        self.writer: WarcArchiveWriter | None = None
        self.crawler: Crawler | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchiveMiddleware:
        if crawler.settings.getlist("HOTLINE_WATCH_REPLAY"):
            raise NotConfigured  # replayed responses are archived already
        path = crawler.settings.get("HOTLINE_WATCH_ARCHIVE")
        if not path:
            path = archive_dir() / f"{utcnow().replace(':', '')}-{crawler.spidercls.name}.warc.gz"
        mw = cls(Path(path))
        mw.crawler = crawler
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        return mw

    async def process_response(self, request: Request, response: Response, spider=None) -> Response:
        # A page parsed with an earlier attempt's record (a retry or redirect copies the meta).
        request.meta.pop("hw_page", None)
        if "archived" in response.flags:
            return response
        # Set afresh for every response: a retried request carries a copy of the meta of the
        # attempt before it, whose provenance is not this response's.
        request.meta["hw_fetched_at"] = utcnow()
        if "cached" in response.flags:
            # A 304 revalidation served the stored copy: no new bytes, nothing to archive.
            request.meta["hw_not_modified"] = True
            request.meta.pop("hw_archive", None)
            return response
        request.meta.pop("hw_not_modified", None)
        headers = [
            (k.decode("latin-1"), v.decode("latin-1"))
            for k, values in response.headers.items()
            for v in values
        ]
        # A request URL with a fragment names one of several POSTs to a single endpoint
        # (ALISON's GraphQL API): the downloader drops the fragment, the archive keeps it, so
        # replay can tell the answers apart.
        url = request.url if urldefrag(request.url)[0] == response.url else response.url
        args = (redact(url), response.status, headers, response.body)
        record = None
        # A statute spider's offload worker builds (compresses) the record, and parses the page
        # in the same call (`archive_in_worker`); this only appends.
        spider = self.crawler.spider if self.crawler else None
        worker = getattr(spider, "worker", None)
        if worker is not None and not worker.broken:
            with contextlib.suppress(OffloadError):  # logged once by the worker
                record = await spider.archive_in_worker(request, response, args)
        try:
            if self.writer is None:
                self.writer = _shared_writer(self.path)
            request.meta["hw_archive"] = self.writer.append(record or warc_record(*args))
        except OSError as exc:
            # Disk full or unwritable: the page goes on to be stored without an archived copy,
            # and the run fails saying why (an archive is provenance, not optional).
            from hotline_watch.runner import note_storage_failure

            message = f"archive not written: {self.path}: {exc.strerror or exc}"
            logger.error("%s (%s)", message, redact(response.url))
            note_storage_failure(self.crawler, message, pages=0)
            request.meta.pop("hw_archive", None)
        if "hw_page" in request.meta:  # parsed before its record had a place in the file
            request.meta["hw_page"].fetch.archive = request.meta.get("hw_archive")
        return response

    def spider_closed(self, spider=None) -> None:
        if self.writer is not None:
            _release_writer(self.writer)
            self.writer = None


# -- politeness across spiders ---------------------------------------------------------------


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header value (delta-seconds or an HTTP date)."""
    if value is None:
        return None
    text = (value.decode("latin-1") if isinstance(value, bytes) else value).strip()
    if not text:
        return None
    if text.isdigit():
        return float(int(text))
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _retry_after(response: Response) -> float | None:
    if response.status not in RETRY_AFTER_STATUSES:
        return None
    return retry_after_seconds(response.headers.get(b"Retry-After"))


class _HostGate:
    """One host's turn-taking, shared by every spider of the process (one reactor thread)."""

    def __init__(self) -> None:
        self.busy = False
        self.not_before = 0.0  # time.monotonic() before which no request may start
        self.waiting: deque[Deferred[None]] = deque()
        self._timer: Any = None

    def acquire(self) -> Deferred[None]:
        d: Deferred[None] = Deferred(self._cancel)
        self.waiting.append(d)
        self._next()
        return d

    def release(self, spacing: float) -> None:
        self.busy = False
        self.pause(spacing)
        self._next()

    def pause(self, seconds: float) -> None:
        self.not_before = max(self.not_before, time.monotonic() + seconds)

    def _cancel(self, d: Deferred[None]) -> None:
        if d in self.waiting:
            self.waiting.remove(d)

    def _next(self) -> None:
        if self.busy or not self.waiting:
            return
        wait = self.not_before - time.monotonic()
        if wait > 0:
            if self._timer is None or not self._timer.active():
                from twisted.internet import reactor

                self._timer = reactor.callLater(wait, self._next)
            return
        self.busy = True
        self.waiting.popleft().callback(None)


_GATES: dict[str, _HostGate] = {}
_GATE_META = "_hw_host_gate"


def host_gate(host: str) -> _HostGate:
    gate = _GATES.get(host)
    if gate is None:
        gate = _GATES[host] = _HostGate()
    return gate


class HostGateMiddleware:
    """At most one request in flight per host across all spiders of the process.

    Sits last before the download handler (after the HTTP cache), so only real network
    requests take a turn. After each response the host rests DOWNLOAD_DELAY seconds, or as long
    as a 429/503 Retry-After asks (capped at HOTLINE_WATCH_RETRY_AFTER_MAX).
    """

    def __init__(self, spacing: float, retry_after_max: float):
        self.spacing = spacing
        self.retry_after_max = retry_after_max
        self.held: dict[int, tuple[Request, str]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HostGateMiddleware:
        if crawler.settings.getlist("HOTLINE_WATCH_REPLAY"):
            raise NotConfigured  # nothing goes to the network
        mw = cls(
            crawler.settings.getfloat("DOWNLOAD_DELAY"),
            crawler.settings.getfloat("HOTLINE_WATCH_RETRY_AFTER_MAX", DEFAULT_RETRY_AFTER_MAX),
        )
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        return mw

    async def process_request(self, request: Request, spider=None) -> None:
        host = urlparse_cached(request).hostname or ""
        await maybe_deferred_to_future(host_gate(host).acquire())
        request.meta[_GATE_META] = host
        self.held[id(request)] = (request, host)

    def process_response(self, request: Request, response: Response, spider=None) -> Response:
        wait = _retry_after(response)
        self._release(request, None if wait is None else min(wait, self.retry_after_max))
        return response

    def process_exception(self, request: Request, exception: Exception, spider=None) -> None:
        self._release(request, None)
        return None

    def _release(self, request: Request, pause: float | None) -> None:
        host = request.meta.pop(_GATE_META, None)
        if host is None:
            return  # this request never took a turn (answered before the network)
        self.held.pop(id(request), None)
        gate = host_gate(host)
        if pause:
            gate.pause(pause)
        gate.release(self.spacing)

    def spider_closed(self, spider=None) -> None:
        # Whatever path a request took, a closed spider holds no host.
        for request, _host in list(self.held.values()):
            self._release(request, None)


class RetryAfterMiddleware(RetryMiddleware):
    """RetryMiddleware that honours Retry-After on 429 and 503.

    The retry is sent when the wait is over (HostGateMiddleware holds the host that long). A
    server asking for more than HOTLINE_WATCH_RETRY_AFTER_MAX seconds is not retried: the
    response goes to the spider and the page is recorded as an HTTP error with the reason.
    """

    def __init__(self, settings):
        super().__init__(settings)
        self.retry_after_max = settings.getfloat(
            "HOTLINE_WATCH_RETRY_AFTER_MAX", DEFAULT_RETRY_AFTER_MAX
        )

    def process_response(self, request: Request, response: Response, spider=None):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        wait = _retry_after(response)
        if wait is not None and "archived" not in response.flags:
            if wait > self.retry_after_max:
                request.meta["hw_retry_after"] = (
                    f"Retry-After {wait:.0f} s is over the {self.retry_after_max:.0f} s cap; "
                    "not retried"
                )
                return response
            request.meta["hw_retry_after"] = f"waited Retry-After {wait:.0f} s"
        return super().process_response(request, response)


class FollowRedirectsMiddleware(RedirectMiddleware):
    """Follow redirects for requests that handle every status, but never off-site.

    Spiders set `handle_httpstatus_all` so that 404s and 500s reach them as pages to record;
    Scrapy's RedirectMiddleware then stops following redirects altogether. Here only
    `dont_redirect` (or a status listed in `handle_httpstatus_list`) keeps a 3xx. The spider's
    `allowed_domains` are checked for every hop (requests with `dont_filter` skip Scrapy's own
    offsite check), and too many hops raise RedirectLoop with the chain in the message.
    """

    def process_response(self, request: Request, response: Response, spider=None):
        everything = request.meta.pop("handle_httpstatus_all", None)
        try:
            result = super().process_response(request, response)
        except IgnoreRequest as exc:
            if str(exc) == "max redirections reached":
                chain = [*request.meta.get("redirect_urls", []), request.url]
                raise RedirectLoop(
                    f"redirect loop: more than {self.max_redirect_times} redirects "
                    f"({' -> '.join(redact(u) for u in chain[-4:])} -> ...)"
                ) from None
            raise
        finally:
            if everything is not None:
                request.meta["handle_httpstatus_all"] = everything
        if isinstance(result, Request):
            if everything is not None:
                result.meta["handle_httpstatus_all"] = everything
            _refuse_offsite(self.crawler, request, result)
        return result


class SafeMetaRefreshMiddleware(MetaRefreshMiddleware):
    """Scrapy's <meta http-equiv=refresh> following, with the same off-site refusal."""

    def process_response(self, request: Request, response: Response, spider=None):
        # Scrapy decodes the page and runs a regular expression over its head to look for the
        # tag; a page whose first 4 kB do not say "refresh" has none (UTF-16 pages aside).
        # (A case-insensitive regular expression took ten times as long as lower() and `in`.)
        head = response.body[:4096]
        if b"refresh" not in head.lower() and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            return response
        result = super().process_response(request, response)
        if isinstance(result, Request):
            _refuse_offsite(self.crawler, request, result)
        return result


def _refuse_offsite(crawler: Crawler, request: Request, redirected: Request) -> None:
    allowed = list(getattr(crawler.spider, "allowed_domains", None) or [])
    host = (urlparse_cached(redirected).hostname or "").lower()
    if allowed and not any(host == d or host.endswith("." + d) for d in allowed):
        raise OffsiteRedirect(
            f"offsite redirect not followed: {redact(request.url)} -> "
            f"{redact(redirected.url)} ({host!r} is not in allowed_domains {allowed})"
        )


# -- content -----------------------------------------------------------------------------------


def _decodes(body: bytes, encoding: str) -> bool:
    try:
        body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def repair_encoding(response: Response, request: Request | None = None) -> Response:
    """A text response decoded with an encoding that fits its bytes.

    When the declared charset (HTTP header first, then <meta>) decodes the body, nothing
    changes. Otherwise (a windows-1252 page declared utf-8, or nothing declared and Scrapy's
    guess) the body is decoded as the first of: the <meta> charset, utf-8, windows-1252 that
    decodes it without errors. The bytes are never changed, so the archive and hashes are not
    affected; `meta["hw_charset_note"]` says what was done.
    """
    if not isinstance(response, TextResponse) or not response.body or response.body.isascii():
        return response  # ASCII reads the same in every encoding we would pick
    body = response.body
    header = http_content_type_encoding(
        (response.headers.get(b"Content-Type") or b"").decode("latin-1")
    )
    declared_in_body = html_body_declared_encoding(body[:4096])
    if header and _decodes(body, header):
        return response
    if not header and declared_in_body and _decodes(body, declared_in_body):
        return response
    for candidate in (declared_in_body, "utf-8", "cp1252"):
        if candidate and candidate != header and _decodes(body, candidate):
            break
    else:
        return response  # nothing decodes cleanly: keep Scrapy's choice (with U+FFFD)
    if candidate == response.encoding:
        return response
    said = f"declared {header}" if header else "no charset declared"
    note = f"charset: {said}, decoded as {candidate}"
    repaired = response.replace(encoding=candidate)
    # In the downloader the response is not yet bound to its request; in ingest there is none.
    request = request if request is not None else response.request
    if request is not None:
        request.meta["hw_charset_note"] = note
    logger.info("%s: %s", redact(response.url), note)
    return repaired


class CharsetMiddleware:
    """Apply `repair_encoding` to every response (live and replayed)."""

    def process_response(self, request: Request, response: Response, spider=None) -> Response:
        request.meta.pop("hw_charset_note", None)  # a note of an earlier attempt
        return repair_encoding(response, request)


class PageSizeMiddleware:
    """Record why Scrapy cancelled a download: more bytes than DOWNLOAD_MAXSIZE.

    Scrapy cancels a response whose Content-Length is over the limit with a message saying so,
    but one without Content-Length (chunked, or a lying server) just as a bare cancellation.
    Counting bytes_received lets the spider record both as `too_large` with the sizes.
    """

    def __init__(self, maxsize: int):
        self.maxsize = maxsize

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PageSizeMiddleware:
        maxsize = crawler.settings.getint("DOWNLOAD_MAXSIZE")
        if not maxsize or crawler.settings.getlist("HOTLINE_WATCH_REPLAY"):
            raise NotConfigured
        mw = cls(maxsize)
        crawler.signals.connect(mw.bytes_received, signal=signals.bytes_received)
        return mw

    def bytes_received(self, data: bytes, request: Request, spider=None) -> None:
        request.meta["hw_bytes_received"] = request.meta.get("hw_bytes_received", 0) + len(data)

    def process_request(self, request: Request, spider=None) -> None:
        request.meta.pop("hw_bytes_received", None)  # a retry counts afresh

    def process_exception(self, request: Request, exception: Exception, spider=None) -> None:
        if not isinstance(exception, DownloadCancelledError | CancelledError):
            return None
        limit = request.meta.get("download_maxsize", self.maxsize)
        received = request.meta.get("hw_bytes_received", 0)
        if "larger than download max size" in str(exception):
            request.meta["hw_too_large"] = (
                f"page too large: the server announced more than max_page_bytes ({limit} "
                "bytes); not downloaded"
            )
        elif limit and received > limit:
            request.meta["hw_too_large"] = (
                f"page too large: over max_page_bytes ({limit} bytes) after {received} bytes; "
                "download stopped"
            )
        return None


# -- HTTP cache --------------------------------------------------------------------------------


class RevalidateOnlyPolicy(RFC2616Policy):
    """RFC 2616 caching for conditional requests only: the cache never stands in for the site.

    Scrapy's RFC2616Policy stores any status (with HTTPCACHE_ALWAYS_STORE) and, when the site
    answers 5xx, serves the stored copy as if it were valid. For a monitor that hides outages:
    a failing source would be recorded as "ok, not modified". Here only 200 pages are stored,
    and a stored page is used only when the site itself answers 304 Not Modified.
    """

    def should_cache_response(self, response: Response, request: Request) -> bool:
        return response.status == 200 and super().should_cache_response(response, request)

    def is_cached_response_valid(
        self, cachedresponse: Response, response: Response, request: Request
    ) -> bool:
        return response.status == 304


class RevalidatingCacheMiddleware(HttpCacheMiddleware):
    """HttpCacheMiddleware without "error recovery": a network error stays an error.

    Scrapy answers a timeout or refused connection with the stored copy of the page; the run
    would record the source as fine while the site is down.
    """

    def process_exception(self, request: Request, exception: Exception, spider=None) -> None:
        request.meta.pop("cached_response", None)
        return None


class _CacheFile:
    """One connection to a cache file, shared by every spider of the process; entries are
    committed in batches (each batch one transaction: an entry is there whole or not at all).

    One connection, because two on one thread with a write transaction open each would wait
    for each other; batches, because a commit per entry cost more than the rest of storing it.
    A killed run loses the entries of the open batch: those pages are fetched in full next
    time instead of revalidated, nothing worse.
    """

    BATCH_ENTRIES = 100
    BATCH_SECONDS = 1.0

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # No implicit transactions: this class opens and commits them.
        self.conn = sqlite3.connect(path, timeout=60, isolation_level=None)
        self.conn.execute("pragma journal_mode = wal")
        self.conn.execute("pragma synchronous = normal")
        self.conn.execute(
            "create table if not exists responses "
            "(fingerprint text primary key, url text, stored real, data blob)"
        )
        self.users = 0
        self.pending = 0
        self.opened = 0.0

    def store(self, key: str, url: str, data: bytes) -> None:
        if not self.conn.in_transaction:
            self.conn.execute("begin")
            self.opened = time.monotonic()
        self.conn.execute(
            "insert or replace into responses (fingerprint, url, stored, data) values (?, ?, ?, ?)",
            [key, url, time.time(), data],
        )
        self.pending += 1
        if self.pending >= self.BATCH_ENTRIES or (
            time.monotonic() - self.opened >= self.BATCH_SECONDS
        ):
            self.commit()

    def commit(self) -> None:
        self.pending = 0
        if not self.conn.in_transaction:
            return
        try:
            self.conn.execute("commit")
        except sqlite3.Error:
            if self.conn.in_transaction:
                self.conn.execute("rollback")  # the batch is lost: those pages are refetched
            raise


_CACHE_FILES: dict[Path, _CacheFile] = {}


class SqliteCacheStorage:
    """Scrapy's HTTP cache in one SQLite file (`HTTPCACHE_DIR/http-cache.sqlite`).

    Same entries as Scrapy's DbmCacheStorage (the pickled `Response.to_dict()` and the time
    it was stored), keyed by request fingerprint and shared by every spider. Entries are
    written in transactions (`_CacheFile`), so a kill -9 leaves the old entry or the new one,
    never half (Scrapy's filesystem storage writes seven files in place, one by one; the next
    304 could then serve the validators of one response with the body of another). One file
    instead of seven per page also makes storing an entry about twenty times cheaper.
    """

    FILENAME = "http-cache.sqlite"

    def __init__(self, settings) -> None:
        self.path = Path(settings["HTTPCACHE_DIR"]) / self.FILENAME
        self.expiration_secs = settings.getint("HTTPCACHE_EXPIRATION_SECS")
        self.file: _CacheFile | None = None

    @property
    def conn(self) -> sqlite3.Connection:
        assert self.file is not None
        return self.file.conn

    def open_spider(self, spider) -> None:
        key = self.path.resolve()
        self.file = _CACHE_FILES.get(key)
        if self.file is None:
            self.file = _CACHE_FILES[key] = _CacheFile(key)
        self.file.users += 1
        self._fingerprinter = spider.crawler.request_fingerprinter

    def commit(self) -> None:
        """Commit the entries stored so far (done in batches, and when a spider closes)."""
        if self.file is not None:
            self.file.commit()

    def close_spider(self, spider=None) -> None:
        if self.file is None:
            return
        try:
            self.file.commit()
        except sqlite3.Error as exc:
            logger.warning("HTTP cache entries not stored: %s", exc)
        self.file.users -= 1
        if self.file.users <= 0:
            _CACHE_FILES.pop(self.path.resolve(), None)
            self.file.conn.close()
        self.file = None

    def retrieve_response(self, spider, request: Request) -> Response | None:
        key = self._fingerprinter.fingerprint(request).hex()
        row = self.conn.execute(
            "select stored, data from responses where fingerprint = ?", [key]
        ).fetchone()
        if row is None:
            return None
        stored, data = row
        if 0 < self.expiration_secs < time.time() - stored:
            return None
        try:
            response = response_from_dict(pickle.loads(data))  # noqa: S301 - our own file
        except (pickle.UnpicklingError, EOFError, ValueError, KeyError, TypeError) as exc:
            logger.warning("HTTP cache entry for %s unreadable (%s): ignored", request.url, exc)
            return None
        request.meta["cache_timestamp"] = stored
        request.meta["hw_cache_validators"] = _validators(response)
        return response

    def store_response(self, spider, request: Request, response: Response) -> None:
        if (
            "cached" in response.flags
            and self.expiration_secs <= 0
            and request.meta.get("hw_cache_validators") == _validators(response)
        ):
            # A 304 that left the stored copy's validators as they were: the entry would be
            # rewritten (the whole body pickled again) only to refresh its Date header, which
            # nothing reads (every request revalidates, RevalidateOnlyPolicy; with
            # HTTPCACHE_EXPIRATION_SECS set, the rewrite restarts the entry's clock: kept).
            return
        key = self._fingerprinter.fingerprint(request).hex()
        try:
            self.file.store(key, redact(request.url), pickle.dumps(response.to_dict(), protocol=4))
        except sqlite3.Error as exc:
            # The cache only saves bytes on the next run: a page it cannot keep (disk full) is
            # still processed; the next run fetches it whole.
            logger.warning("HTTP cache entry not stored for %s: %s", redact(request.url), exc)


def _validators(response: Response) -> tuple[bytes | None, bytes | None]:
    """What the next conditional request is built from: ETag and Last-Modified."""
    return response.headers.get(b"ETag"), response.headers.get(b"Last-Modified")
