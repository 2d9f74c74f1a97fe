"""The baseline for bench/throughput.py: a bare Scrapy spider that only fetches URLs.

    python bench/bare_spider.py URLS_FILE CONCURRENCY [not-modified]

Same concurrency and no delay, like the benchmark's hotline-watch crawl, but no parsing, coding,
archiving, HTTP cache or SQLite: what Scrapy itself costs on this machine. With `not-modified`,
every request says `If-None-Match: *`, so the benchmark server answers each with a 304 that
reaches the callback: the least an unchanged re-crawl can cost while every page is a Scrapy
request (bench/incremental_crawl.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

import scrapy
from scrapy.crawler import CrawlerProcess


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, urls: list[str], **kwargs):
        super().__init__(**kwargs)
        self.urls = urls
        self.fetched = 0
        self.bytes = 0

    async def start(self):
        for url in self.urls:
            yield scrapy.Request(url, callback=self.parse, dont_filter=True)

    def parse(self, response):
        self.fetched += 1
        self.bytes += len(response.body)


def main() -> None:
    urls = Path(sys.argv[1]).read_text(encoding="utf-8").split()
    concurrency = int(sys.argv[2]) if len(sys.argv) > 2 else 16
    not_modified = (
        {"DEFAULT_REQUEST_HEADERS": {"If-None-Match": "*"}, "HTTPERROR_ALLOWED_CODES": [304]}
        if sys.argv[3:] == ["not-modified"]
        else {}
    )
    process = CrawlerProcess(
        {
            **not_modified,
            "USER_AGENT": "hotline-watch-bench/bare",
            "ROBOTSTXT_OBEY": False,
            "CONCURRENT_REQUESTS": concurrency,
            "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
            "DOWNLOAD_DELAY": 0,
            "AUTOTHROTTLE_ENABLED": False,
            "COOKIES_ENABLED": False,
            "TELNETCONSOLE_ENABLED": False,
            "LOG_LEVEL": "WARNING",
        },
        install_root_handler=True,
    )
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler, urls=urls)
    process.start()
    spider = crawler.spider
    print(f"fetched {spider.fetched} pages, {spider.bytes} bytes")
    sys.exit(0 if spider.fetched == len(urls) else 1)


if __name__ == "__main__":
    main()
