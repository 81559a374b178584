"""Scrapy settings (``scrapy crawl`` and ``python cli.py crawl`` both read these)."""

import os

BOT_NAME = "congdoan-archive"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Politeness. The User-Agent names the project and a contact page; a profile may override it.
USER_AGENT = "congdoan-archive-bot/0.1 (+https://github.com/congdoan-archive/congdoan-archive)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Faults: timeouts, retries with backoff, a size cap, bounded redirects.
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 0
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_BACKOFF_BASE = 1.0
RETRY_BACKOFF_MAX = 30.0
REDIRECT_MAX_TIMES = 5
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    "crawler.middlewares.ProfileUserAgentMiddleware": 450,
    # Sees responses before RedirectMiddleware (600): a redirect loop becomes a recorded failure.
    "crawler.middlewares.RedirectLoopMiddleware": 650,
}

# Traps: profile crawls only follow links that match the profile's listing and article patterns,
# so listings may paginate as deep as they go; ad-hoc crawls (--url) follow any in-site link but
# leave a chain of pages after GENERIC_BARREN_HOPS pages that link nothing new beyond their own kind
# (a calendar, tag filters, a search), and stop at GENERIC_DEPTH_LIMIT whatever happens. Every crawl
# stops after CLOSESPIDER_PAGECOUNT pages per source.
DEPTH_LIMIT = 0
GENERIC_BARREN_HOPS = 3
GENERIC_DEPTH_LIMIT = 1000
CLOSESPIDER_PAGECOUNT = 50_000

CONCURRENT_ITEMS = 8  # Scrapy starts this many tasks per response; pages yield a few items
ITEM_PIPELINES = {"crawler.pipelines.ArchivePipeline": 300}
# Extraction processes beside Scrapy's own (one core each); 0 extracts in the crawl process.
EXTRACT_WORKERS = max(1, (os.cpu_count() or 1) - 1)
ARCHIVE_URL = os.environ.get("CONGDOAN_DB_URL") or "sqlite:///" + os.path.abspath(
    os.path.join(os.environ.get("CONGDOAN_DATA_DIR", "data"), "archive.sqlite3")
)
CRAWL_RUN_ID = 0

TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
COOKIES_ENABLED = False
LOG_LEVEL = "INFO"
# The shared frontier (crawler/frontier.py), when `crawl --frontier redis://…` is used: a worker whose
# heartbeat is this many seconds old is taken for dead and its in-flight requests are queued again.
FRONTIER_HEARTBEAT = float(os.environ.get("CONGDOAN_FRONTIER_HEARTBEAT", "30"))
