"""Scrapy settings for hotline-watch (scrapy.cfg points here).

Politeness first: these are public state websites. robots.txt is obeyed, one request at a time
per host, AutoThrottle on top of a base delay from data/crawl.yml, and a User-Agent that names
the project and a contact address.
"""

from hotline_watch.config import httpcache_dir, load_crawl_config

_crawl = load_crawl_config()

BOT_NAME = "hotline-watch"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

USER_AGENT = _crawl.user_agent
ROBOTSTXT_OBEY = True

CONCURRENT_REQUESTS = 8  # across hosts; each host still gets one at a time
CONCURRENT_REQUESTS_PER_DOMAIN = 1
# Scrapy starts CONCURRENT_ITEMS (default 100) asyncio tasks for every response's output; a
# page yields one item and the pipelines are synchronous, so more than one costs CPU for
# nothing (100 cost about 0.8 ms a page, as much as the fetch itself).
CONCURRENT_ITEMS = 1
DOWNLOAD_DELAY = _crawl.download_delay
DOWNLOAD_DELAY_JITTER = 0.5  # +-50% around DOWNLOAD_DELAY
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = _crawl.download_delay
AUTOTHROTTLE_MAX_DELAY = _crawl.autothrottle_max_delay
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

DOWNLOAD_TIMEOUT = _crawl.download_timeout
DOWNLOAD_MAXSIZE = _crawl.max_page_bytes
DOWNLOAD_WARNSIZE = _crawl.max_page_bytes // 2
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 5
# Longest Retry-After (seconds) a 429/503 may ask for: the host rests that long and the request
# is retried; a longer wait is not retried and the page is recorded as an HTTP error with the
# reason (crawl.yml `retry_after_max`).
HOTLINE_WATCH_RETRY_AFTER_MAX = _crawl.retry_after_max
COOKIES_ENABLED = False

# Conditional re-fetching with Scrapy's own HTTP cache: the RFC 2616 policy stores each page
# with its validators and re-asks with If-None-Match / If-Modified-Since; a 304 serves the
# stored copy (flag "cached"), so unchanged pages cost a few hundred bytes. Every request says
# max-age=0 so nothing is ever taken as fresh without asking: statute pages are always
# re-checked (no deltafetch-style skipping).
HTTPCACHE_ENABLED = True
# Only 200s are stored and a stored page is only used on a 304: never in place of a 5xx or a
# network error (Scrapy's RFC2616Policy and HttpCacheMiddleware would hide outages).
HTTPCACHE_POLICY = "hotline_watch.middlewares.RevalidateOnlyPolicy"
# Entries are replaced atomically: a killed run never leaves half an entry to be served.
HTTPCACHE_STORAGE = "hotline_watch.middlewares.SqliteCacheStorage"
HTTPCACHE_DIR = str(httpcache_dir())
HTTPCACHE_ALWAYS_STORE = True
# (HTTPCACHE_IGNORE_HTTP_CODES only applies to Scrapy's DummyPolicy; the policy decides.)
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "en",
    "Cache-Control": "max-age=0",
}
TELNETCONSOLE_ENABLED = False

DOWNLOADER_MIDDLEWARES = {
    # Replay answers from the WARC archive before anything reaches the network.
    "hotline_watch.middlewares.ReplayMiddleware": 50,
    # Retry-After honoured on 429/503 (capped, see HOTLINE_WATCH_RETRY_AFTER_MAX).
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "hotline_watch.middlewares.RetryAfterMiddleware": 550,
    # Redirects followed although spiders handle every status, never off-site.
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "hotline_watch.middlewares.FollowRedirectsMiddleware": 600,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "hotline_watch.middlewares.SafeMetaRefreshMiddleware": 575,
    # Responses pass middlewares from high to low numbers, so at 580 HttpCompression (590)
    # has already decoded the body: the archive stores the payload the parsers saw.
    "hotline_watch.middlewares.ArchiveMiddleware": 580,
    # Wrong or missing charsets: decode with one that fits the bytes (bytes unchanged). Before
    # the archive, where a statute page is parsed with its record (offload worker).
    "hotline_watch.middlewares.CharsetMiddleware": 585,
    "scrapy.downloadermiddlewares.httpcache.HttpCacheMiddleware": None,
    "hotline_watch.middlewares.RevalidatingCacheMiddleware": 900,
    # Downloads cancelled at DOWNLOAD_MAXSIZE are recorded as too_large.
    "hotline_watch.middlewares.PageSizeMiddleware": 950,
    # Bill APIs' limits (requests a minute / day / month), counted as they go to the network.
    "hotline_watch.bills_api.ApiBudgetMiddleware": 985,
    # Last before the network (after the HTTP cache): one request at a time per host across
    # every spider of the run, DOWNLOAD_DELAY between them, Retry-After pauses the host.
    "hotline_watch.middlewares.HostGateMiddleware": 990,
}
ITEM_PIPELINES = {
    "pipelines.validate.ValidatePipeline": 100,
    "pipelines.code.CodePipeline": 200,
    "pipelines.store.StorePipeline": 900,
}

# hotline-watch's own settings (the CLI overrides these per run).
HOTLINE_WATCH_DB = None  # None: config.db_path() decides
HOTLINE_WATCH_RUN_ID = None  # None: the store pipeline opens a run of its own
HOTLINE_WATCH_REPLAY = []  # WARC files to serve instead of the network
HOTLINE_WATCH_ARCHIVE = None  # WARC file to write live responses to (None: data/archive/)
# Pages per SQLite transaction, and the longest a transaction stays open (hotline_watch/writer.py):
# a killed run loses at most this much work, which the next run fetches again.
HOTLINE_WATCH_BATCH_PAGES = 100
HOTLINE_WATCH_BATCH_SECONDS = 1.0
# Statute spiders with at least this many URLs parse and code in a worker process
# (hotline_watch/offload.py), off the reactor thread; 0: never.
HOTLINE_WATCH_OFFLOAD_MIN_PAGES = 200
# Site change lists (hotline_watch/change_list.py): a page its listing shows unchanged since
# its last successful fetch is confirmed without a request, unless that fetch is older than the
# max age (then it is revalidated: a periodic full check). False: every page requested.
# crawl.yml: change_lists, change_list_max_age_days.
# `hotline-watch crawl --full` sets the max age to 0 for one run.
HOTLINE_WATCH_CHANGE_LISTS = _crawl.change_lists
HOTLINE_WATCH_CHANGE_LIST_MAX_AGE_DAYS = _crawl.change_list_max_age_days

LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
