"""The real statute pages of ../shared/captures for tests, read where they lie (never copied).

`archived()` gives every response record of the three shared WARC files by URL, exactly as a
crawl received them; `capture_file()` reads the captures that are not in a WARC (New Jersey's
text dump excerpt, Alabama's API answer). Both skip the calling test when ../shared is absent.
"""

from __future__ import annotations

import functools

import pytest
from scrapy.http import HtmlResponse, Response

from conftest import CAPTURES
from hotline_watch.archive import ArchivedResponse, iter_responses

STATUTE_WARCS = ("archive.warc.gz", "statute-sites.warc.gz", "statute-sites-more.warc.gz")


@functools.cache
def _records() -> dict[str, ArchivedResponse]:
    found: dict[str, ArchivedResponse] = {}
    for name in STATUTE_WARCS:
        for record in iter_responses(CAPTURES / name):
            found[record.url] = record
    return found


def archived() -> dict[str, ArchivedResponse]:
    if not all((CAPTURES / name).exists() for name in STATUTE_WARCS):
        pytest.skip("../shared/captures/*.warc.gz not present")
    return _records()


def response(url: str) -> Response:
    """The archived response of `url` as the spiders see it."""
    return archived()[url].to_scrapy()


def capture_file(relative: str) -> bytes:
    path = CAPTURES / relative
    if not path.exists():
        pytest.skip(f"../shared/captures/{relative} not present")
    return path.read_bytes()


def html(url: str, body: str | bytes) -> HtmlResponse:
    if isinstance(body, str):
        body = body.encode("utf-8")
    return HtmlResponse(url=url, body=body, headers={"Content-Type": "text/html; charset=utf-8"})
