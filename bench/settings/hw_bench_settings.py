"""Scrapy settings for benchmark crawls ONLY: hotline-watch's own settings with the politeness
delays off, so a crawl of the loopback corpus measures the code, not the sleeps.

bench/benchlib.py selects it with SCRAPY_SETTINGS_MODULE=hw_bench_settings and this directory
on PYTHONPATH. Never use it against a real website.
"""

import os

from hotline_watch.settings import *  # noqa: F403 - everything else exactly as in production

_CONCURRENCY = int(os.environ.get("HOTLINE_WATCH_BENCH_CONCURRENCY", "16"))

AUTOTHROTTLE_ENABLED = False
DOWNLOAD_DELAY = 0
CONCURRENT_REQUESTS = _CONCURRENCY
CONCURRENT_REQUESTS_PER_DOMAIN = _CONCURRENCY
# A/B runs of the offload worker (hotline_watch/offload.py): HOTLINE_WATCH_BENCH_OFFLOAD=0 turns
# it off, N sets its threshold; unset: as in production.
if os.environ.get("HOTLINE_WATCH_BENCH_OFFLOAD"):
    HOTLINE_WATCH_OFFLOAD_MIN_PAGES = int(os.environ["HOTLINE_WATCH_BENCH_OFFLOAD"])
