"""WARC archives with warcio: every live response is written; replay and ingest read them back.

The archive is the raw cache kept apart from what was parsed (as in warn-scraper): parsers can be
re-run on it with `hotline-watch ingest`, and `crawl --replay` serves it to the spiders instead
of the network.
"""

from __future__ import annotations

import contextlib
import http
import io
import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

# Headers describing the transfer, not the payload: the body we store and serve is decoded.
_TRANSFER_HEADERS = {b"content-encoding", b"transfer-encoding", b"content-length"}


class ArchiveError(Exception):
    """A WARC file cannot be read; the message names the file."""


@dataclass(frozen=True)
class ArchivedResponse:
    """One response record read back from a WARC file."""

    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    date: str  # WARC-Date, ISO 8601
    location: str  # "<file>#<offset>"
    #: Why the record cannot be trusted (truncated, digest mismatch); None when intact.
    #: A damaged record is reported and skipped: its body is never parsed or stored.
    damage: str | None = None

    def to_scrapy(self, request=None) -> Response:
        """A Scrapy response of the right class (HtmlResponse, TextResponse...) for parsers."""
        headers = Headers(
            [(k, v) for k, v in self.headers if k.lower().encode() not in _TRANSFER_HEADERS]
        )
        cls = responsetypes.from_args(headers=headers, url=self.url, body=self.body)
        return cls(
            url=self.url,
            status=self.status,
            headers=headers,
            body=self.body,
            request=request,
            flags=["archived"],
        )


def _iso(warc_date: str) -> str:
    """WARC-Date (2026-11-28T18:12:05Z) as the ISO form used in the database."""
    return warc_date.replace("Z", "+00:00") if warc_date.endswith("Z") else warc_date


def check_warc(path: str | os.PathLike) -> None:
    """Raise ArchiveError naming the file unless it opens and starts with a WARC record
    (cheap: reads one record header; damage further in is found record by record)."""
    path = Path(path)
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise ArchiveError(f"{path}: cannot open WARC file: {exc.strerror or exc}") from exc
    with stream:
        try:
            record = next(iter(ArchiveIterator(stream)), None)
        except Exception as exc:  # warcio raises bare Exceptions on corrupt input
            raise ArchiveError(f"{path}: not a readable WARC file: {exc}") from exc
        if record is None:
            raise ArchiveError(f"{path}: empty WARC file (no records)")
        _check_warc(record, path)


def iter_responses(path: str | os.PathLike) -> Iterator[ArchivedResponse]:
    """Every HTTP response record in a WARC file, in file order (damaged ones flagged)."""
    path = Path(path)
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below, after iteration
    except OSError as exc:
        raise ArchiveError(f"{path}: cannot open WARC file: {exc}") from exc
    with stream:
        iterator = ArchiveIterator(stream, check_digests=True)
        try:
            for record in iterator:
                _check_warc(record, path)
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                # The body is read before get_record_offset(), which skips to the record's end.
                response = _response(record, path)
                yield replace(response, location=f"{path}#{iterator.get_record_offset()}")
        except ArchiveError:
            raise
        except Exception as exc:  # warcio raises bare Exceptions on corrupt input
            raise ArchiveError(f"{path}: not a readable WARC file: {exc}") from exc
        tail = _cut_off_tail(stream, path, iterator.offset)
        if tail is not None:
            yield tail


def _cut_off_tail(stream, path: Path, offset: int) -> ArchivedResponse | None:
    """The record a copy cut short inside its WARC headers, which warcio silently ends on.

    warcio stops at such a tail without a word, so the last capture would vanish unreported
    (replay would call it "not archived"). The URL is recovered from the headers' readable part
    when the cut leaves it."""
    size = os.fstat(stream.fileno()).st_size
    if offset >= size:
        return None
    stream.seek(offset)
    head = stream.read(64 * 1024)
    with contextlib.suppress(zlib.error):  # a gzipped member: read as far as the cut allows
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head)
    found = re.search(rb"^WARC-Target-URI:[ \t]*<?([^\r\n>]+)", head, re.MULTILINE)
    return ArchivedResponse(
        url=found.group(1).decode("utf-8", "replace").strip() if found else "",
        status=0,
        headers=[],
        body=b"",
        date="",
        location=f"{path}#{offset}",
        damage=(
            f"record truncated in its headers: the file ends {size - offset:,} bytes into "
            "its last record"
        ),
    )


def _response(record, path: Path, offset: int | None = None) -> ArchivedResponse:
    """One response record, its body read and checked against the record's own claims."""
    body = record.content_stream().read()
    return ArchivedResponse(
        url=record.rec_headers.get_header("WARC-Target-URI"),
        status=int(record.http_headers.get_statuscode() or 0),
        headers=list(record.http_headers.headers),
        body=body,
        date=_iso(record.rec_headers.get_header("WARC-Date") or ""),
        location=f"{path}#{offset}",
        damage=_damage(record),
    )


def _damage(record) -> str | None:
    """Why a record whose content has been read cannot be trusted, or None.

    Truncated: the file ends before the record's WARC Content-Length (a copy cut short), or
    the HTTP body is shorter than the response's own Content-Length (a capture cut short).
    Altered: the WARC block or payload digest does not match (checked by warcio)."""
    raw = record.raw_stream
    raw.read()  # whatever the decoders left (e.g. bytes after a gzip body's end)
    missing = getattr(raw, "limit", 0)
    payload = record.payload_length if record.payload_length >= 0 else record.length
    if missing > 0:
        return f"record truncated: {payload - missing:,} of {payload:,} bytes"
    headers = record.http_headers
    declared = headers.get_header("content-length") if headers else None
    if declared and declared.strip().isdigit() and headers.get_header("transfer-encoding") is None:
        if payload >= 0 and payload < int(declared):
            return f"body shorter than its Content-Length: {payload:,} of {int(declared):,} bytes"
    checker = getattr(record, "digest_checker", None)
    if checker is not None and checker.passed is False:
        return "digest mismatch (" + "; ".join(checker.problems) + ")"
    return None


class ArchiveIndex:
    """URL -> record offset for one or more WARC files, for random access during replay."""

    def __init__(self, paths: list[str | os.PathLike]):
        self.paths = [Path(p) for p in paths]
        self._index: dict[str, tuple[Path, int]] = {}
        #: Records cut short inside their headers (see _cut_off_tail), by URL.
        self._cut_off: dict[str, ArchivedResponse] = {}
        #: What could not be indexed at all: a cut-off record whose URL is unreadable.
        self.problems: list[str] = []
        for path in self.paths:
            for url, offset, tail in _scan(path):
                # Later records win: the newest capture of a URL is the one replayed.
                if tail is None:
                    self._index[url] = (path, offset)
                    self._cut_off.pop(url, None)
                elif url:
                    self._index[url] = (path, offset)
                    self._cut_off[url] = tail
                else:
                    self.problems.append(f"{tail.location}: {tail.damage}")

    def __contains__(self, url: str) -> bool:
        return url in self._index

    def __len__(self) -> int:
        return len(self._index)

    def urls(self) -> list[str]:
        return list(self._index)

    def get(self, url: str) -> ArchivedResponse | None:
        found = self._index.get(url)
        if found is None:
            return None
        if url in self._cut_off:
            return self._cut_off[url]
        path, offset = found
        with open(path, "rb") as stream:
            stream.seek(offset)
            for response in _read_one(stream, path, offset):
                return response
        return None


def _scan(path: Path) -> Iterator[tuple[str, int, ArchivedResponse | None]]:
    """(url, offset, None) per response record; (url or "", offset, damage) for a cut-off tail."""
    try:
        stream = open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        raise ArchiveError(f"{path}: cannot open WARC file: {exc}") from exc
    with stream:
        iterator = ArchiveIterator(stream)
        try:
            for record in iterator:
                _check_warc(record, path)
                if record.rec_type == "response":
                    yield (
                        record.rec_headers.get_header("WARC-Target-URI"),
                        iterator.get_record_offset(),
                        None,
                    )
        except ArchiveError:
            raise
        except Exception as exc:
            raise ArchiveError(f"{path}: not a readable WARC file: {exc}") from exc
        tail = _cut_off_tail(stream, path, iterator.offset)
        if tail is not None:
            yield tail.url, iterator.offset, tail


def _check_warc(record, path: Path) -> None:
    # warcio guesses the legacy ARC format for almost any text; we only ever write WARC.
    if record.format != "warc":
        raise ArchiveError(f"{path}: not a WARC file (first bytes look like {record.format!r})")


def _read_one(stream: io.BufferedReader, path: Path, offset: int) -> Iterator[ArchivedResponse]:
    for record in ArchiveIterator(stream, check_digests=True):
        yield _response(record, path, offset)
        return


def warc_record(url: str, status: int, headers: list[tuple[str, str]], body: bytes) -> bytes:
    """One response record, gzipped, as `WarcArchiveWriter.append` adds it to a file (pure
    CPU work: the offload worker builds it for large crawls)."""
    clean = [(k, v) for k, v in headers if k.lower().encode() not in _TRANSFER_HEADERS]
    clean.append(("Content-Length", str(len(body))))
    http_headers = StatusAndHeaders(f"{status} {_phrase(status)}", clean, protocol="HTTP/1.1")
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=http_headers
    )
    writer.write_record(record)
    return buffer.getvalue()


class WarcArchiveWriter:
    """Appends response records to one gzipped WARC file (one file per run).

    Each record is compressed in memory and appended with unbuffered writes: a write that fails
    (disk full, file size limit) is cut off again, so the file never holds half a record and
    stays readable to its end."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._stream = open(self.path, "ab", buffering=0)  # noqa: SIM115 - closed in close()

    def write(self, url: str, status: int, headers: list[tuple[str, str]], body: bytes) -> str:
        """Write one response; returns its location "<file>#<offset>" for provenance."""
        return self.append(warc_record(url, status, headers, body))

    def append(self, record: bytes) -> str:
        """Append one record built by `warc_record`; returns its location "<file>#<offset>"."""
        offset = self._stream.tell()
        pending = memoryview(record)
        try:
            while pending:  # a raw write may be short (e.g. just below a file size limit)
                pending = pending[self._stream.write(pending) :]
        except OSError:
            with contextlib.suppress(OSError):
                os.ftruncate(self._stream.fileno(), offset)
                self._stream.seek(offset)
            raise
        return f"{self.path}#{offset}"

    def close(self) -> None:
        self._stream.close()


def _phrase(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"
