"""WARC archives with warcio: every live response is written; replay and ingest read them back.

The archive is the raw cache kept apart from what was parsed (as in warn-scraper): parsers can be
re-run on it with `hotline-watch ingest`, and `crawl --replay` serves it to the spiders instead
of the network.
"""

from __future__ import annotations

import http
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
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


def iter_responses(path: str | os.PathLike) -> Iterator[ArchivedResponse]:
    """Every HTTP response record in a WARC file, in file order."""
    path = Path(path)
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below, after iteration
    except OSError as exc:
        raise ArchiveError(f"{path}: cannot open WARC file: {exc}") from exc
    with stream:
        iterator = ArchiveIterator(stream)
        try:
            for record in iterator:
                _check_warc(record, path)
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                body = record.content_stream().read()  # before get_record_offset(), which skips
                offset = iterator.get_record_offset()
                yield ArchivedResponse(
                    url=url,
                    status=int(record.http_headers.get_statuscode() or 0),
                    headers=list(record.http_headers.headers),
                    body=body,
                    date=_iso(record.rec_headers.get_header("WARC-Date") or ""),
                    location=f"{path}#{offset}",
                )
        except ArchiveError:
            raise
        except Exception as exc:  # warcio raises bare Exceptions on corrupt input
            raise ArchiveError(f"{path}: not a readable WARC file: {exc}") from exc


class ArchiveIndex:
    """URL -> record offset for one or more WARC files, for random access during replay."""

    def __init__(self, paths: list[str | os.PathLike]):
        self.paths = [Path(p) for p in paths]
        self._index: dict[str, tuple[Path, int]] = {}
        for path in self.paths:
            for record in _scan(path):
                # Later records win: the newest capture of a URL is the one replayed.
                self._index[record[0]] = (path, record[1])

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
        path, offset = found
        with open(path, "rb") as stream:
            stream.seek(offset)
            for response in _read_one(stream, path, offset):
                return response
        return None


def _scan(path: Path) -> Iterator[tuple[str, int]]:
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
                    )
        except ArchiveError:
            raise
        except Exception as exc:
            raise ArchiveError(f"{path}: not a readable WARC file: {exc}") from exc


def _check_warc(record, path: Path) -> None:
    # warcio guesses the legacy ARC format for almost any text; we only ever write WARC.
    if record.format != "warc":
        raise ArchiveError(f"{path}: not a WARC file (first bytes look like {record.format!r})")


def _read_one(stream: io.BufferedReader, path: Path, offset: int) -> Iterator[ArchivedResponse]:
    for record in ArchiveIterator(stream):
        yield ArchivedResponse(
            url=record.rec_headers.get_header("WARC-Target-URI"),
            status=int(record.http_headers.get_statuscode() or 0),
            headers=list(record.http_headers.headers),
            body=record.content_stream().read(),
            date=_iso(record.rec_headers.get_header("WARC-Date") or ""),
            location=f"{path}#{offset}",
        )
        return


class WarcArchiveWriter:
    """Appends response records to one gzipped WARC file (one file per run)."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._stream = open(self.path, "ab")  # noqa: SIM115 - closed in close()
        self._writer = WARCWriter(self._stream, gzip=True)

    def write(self, url: str, status: int, headers: list[tuple[str, str]], body: bytes) -> str:
        """Write one response; returns its location "<file>#<offset>" for provenance."""
        offset = self._stream.tell()
        clean = [(k, v) for k, v in headers if k.lower().encode() not in _TRANSFER_HEADERS]
        clean.append(("Content-Length", str(len(body))))
        http_headers = StatusAndHeaders(f"{status} {_phrase(status)}", clean, protocol="HTTP/1.1")
        record = self._writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=http_headers
        )
        self._writer.write_record(record)
        self._stream.flush()
        return f"{self.path}#{offset}"

    def close(self) -> None:
        self._stream.close()


def _phrase(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"
