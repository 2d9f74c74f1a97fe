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
COOKIES_ENABLED = False

# Conditional re-fetching with Scrapy's own HTTP cache: the RFC 2616 policy stores each page
# with its validators and re-asks with If-None-Match / If-Modified-Since; a 304 serves the
# stored copy (flag "cached"), so unchanged pages cost a few hundred bytes. Every request says
# max-age=0 so nothing is ever taken as fresh without asking: statute pages are always
# re-checked (no deltafetch-style skipping).
HTTPCACHE_ENABLED = True
HTTPCACHE_POLICY = "scrapy.extensions.httpcache.RFC2616Policy"
HTTPCACHE_STORAGE = "scrapy.extensions.httpcache.FilesystemCacheStorage"
HTTPCACHE_DIR = str(httpcache_dir())
HTTPCACHE_ALWAYS_STORE = True
HTTPCACHE_IGNORE_HTTP_CODES = [301, 302, 303, 307, 308, 404, 410, 429, 500, 502, 503, 504]
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "en",
    "Cache-Control": "max-age=0",
}
TELNETCONSOLE_ENABLED = False

DOWNLOADER_MIDDLEWARES = {
    # Replay answers from the WARC archive before anything reaches the network.
    "hotline_watch.middlewares.ReplayMiddleware": 50,
    # Responses pass middlewares from high to low numbers, so at 580 HttpCompression (590)
    # has already decoded the body: the archive stores the payload the parsers saw.
    "hotline_watch.middlewares.ArchiveMiddleware": 580,
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

LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
