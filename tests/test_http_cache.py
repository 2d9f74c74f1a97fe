"""The HTTP cache on a 304: the stored copy is served, and rewritten only when the validators
the next conditional request is built from (ETag, Last-Modified) changed."""

from __future__ import annotations

from scrapy import Request, Spider
from scrapy.http import HtmlResponse, Response
from scrapy.utils.test import get_crawler

from hotline_watch.middlewares import RevalidatingCacheMiddleware


def _middleware(tmp_path, **settings) -> RevalidatingCacheMiddleware:
    crawler = get_crawler(
        Spider,
        {
            **settings,
            "HTTPCACHE_ENABLED": True,
            "HTTPCACHE_DIR": str(tmp_path),
            "HTTPCACHE_POLICY": "hotline_watch.middlewares.RevalidateOnlyPolicy",
            "HTTPCACHE_STORAGE": "hotline_watch.middlewares.SqliteCacheStorage",
        },
    )
    crawler.spider = crawler._create_spider("t")
    mw = RevalidatingCacheMiddleware.from_crawler(crawler)
    mw.spider_opened(crawler.spider)
    return mw


def _entry(mw) -> tuple[float, bytes]:
    mw.storage.commit()
    return mw.storage.conn.execute("select stored, data from responses").fetchone()


def _revalidate(mw, url: str, headers: dict[str, str]) -> Response:
    request = Request(url, headers={"Cache-Control": "max-age=0"})
    assert mw.process_request(request) is None  # stale by policy: asked again, conditionally
    assert request.headers.get("If-None-Match") == b'"v1"'
    return mw.process_response(request, Response(url, status=304, headers=headers))


def test_a_304_with_the_same_validators_does_not_rewrite_the_entry(tmp_path):
    mw = _middleware(tmp_path)
    url = "http://127.0.0.1/page"
    headers = {"ETag": '"v1"', "Last-Modified": "Tue, 14 Nov 2023 22:13:20 GMT"}
    first = HtmlResponse(url, body=b"<p>text</p>", headers=headers)
    assert mw.process_response(Request(url), first) is first
    stored = _entry(mw)

    served = _revalidate(mw, url, {**headers, "Date": "Sun, 06 Dec 2026 13:00:00 GMT"})
    assert served.body == b"<p>text</p>" and "cached" in served.flags
    assert _entry(mw) == stored  # not pickled and written again

    # A 304 that moves a validator: the entry keeps it for the next conditional request.
    served = _revalidate(mw, url, {**headers, "Last-Modified": "Wed, 15 Nov 2023 0:00:00 GMT"})
    assert served.body == b"<p>text</p>"
    assert _entry(mw) != stored
    request = Request(url, headers={"Cache-Control": "max-age=0"})
    mw.process_request(request)
    assert request.headers.get("If-Modified-Since") == b"Wed, 15 Nov 2023 0:00:00 GMT"
    mw.spider_closed(mw.crawler.spider)


def test_with_an_expiry_a_304_restarts_the_entrys_clock(tmp_path):
    mw = _middleware(tmp_path, HTTPCACHE_EXPIRATION_SECS=3600)
    url = "http://127.0.0.1/page"
    headers = {"ETag": '"v1"'}
    mw.process_response(Request(url), HtmlResponse(url, body=b"<p>text</p>", headers=headers))
    stored = _entry(mw)
    _revalidate(mw, url, headers)
    assert _entry(mw)[0] > stored[0]  # rewritten: stored again now
    mw.spider_closed(mw.crawler.spider)
