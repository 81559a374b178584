"""Scrapy settings (``scrapy crawl`` and ``python cli.py crawl`` both read these)."""

BOT_NAME = "congdoan-archive"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

USER_AGENT = "congdoan-archive/0.1 (+https://github.com/congdoan-archive)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS_PER_DOMAIN = 2
AUTOTHROTTLE_ENABLED = True
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
RETRY_TIMES = 3
TELNETCONSOLE_ENABLED = False
FEED_EXPORT_ENCODING = "utf-8"
