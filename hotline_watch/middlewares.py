"""Downloader middlewares: replay from a WARC archive, and archive every live response.

Both leave provenance in `request.meta` for the spider's FetchInfo:
`hw_fetched_at` (when the bytes were fetched) and `hw_archive` ("<warc>#<offset>").
"""

from __future__ import annotations

from pathlib import Path

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request, Response

from hotline_watch.archive import ArchiveIndex, WarcArchiveWriter
from hotline_watch.config import archive_dir, redact
from hotline_watch.items import utcnow


class NotArchived(IgnoreRequest):
    """Replay: the archive holds no copy of this URL. Recorded, never a failure."""


# One index per set of WARC files, shared by every spider of a replay run.
_INDEXES: dict[tuple[str, ...], ArchiveIndex] = {}


class ReplayMiddleware:
    """Serve responses from WARC files (setting HOTLINE_WATCH_REPLAY) instead of the network."""

    def __init__(self, paths: list[str]):
        key = tuple(str(Path(p).resolve()) for p in paths)
        if key not in _INDEXES:
            _INDEXES[key] = ArchiveIndex(list(key))
        self.index = _INDEXES[key]

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
        request.meta["hw_fetched_at"] = archived.date
        request.meta["hw_archive"] = archived.location
        return archived.to_scrapy(request=request)


class ArchiveMiddleware:
    """Write every live response to the run's WARC file (setting HOTLINE_WATCH_ARCHIVE)."""

    def __init__(self, path: Path):
        self.path = path
        self.writer: WarcArchiveWriter | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchiveMiddleware:
        if crawler.settings.getlist("HOTLINE_WATCH_REPLAY"):
            raise NotConfigured  # replayed responses are archived already
        path = crawler.settings.get("HOTLINE_WATCH_ARCHIVE")
        if not path:
            path = archive_dir() / f"{utcnow().replace(':', '')}-{crawler.spidercls.name}.warc.gz"
        mw = cls(Path(path))
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        return mw

    def process_response(self, request: Request, response: Response, spider=None) -> Response:
        if "archived" in response.flags:
            return response
        if "cached" in response.flags:
            # A 304 revalidation served the stored copy: no new bytes, nothing to archive.
            request.meta.setdefault("hw_fetched_at", utcnow())
            request.meta["hw_not_modified"] = True
            return response
        if self.writer is None:
            self.writer = WarcArchiveWriter(self.path)
        headers = [
            (k.decode("latin-1"), v.decode("latin-1"))
            for k, values in response.headers.items()
            for v in values
        ]
        request.meta.setdefault("hw_fetched_at", utcnow())
        request.meta["hw_archive"] = self.writer.write(
            redact(response.url), response.status, headers, response.body
        )
        return response

    def spider_closed(self, spider=None) -> None:
        if self.writer is not None:
            self.writer.close()
