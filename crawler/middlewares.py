"""Downloader middlewares: the source profile's User-Agent, retries with exponential backoff."""

from __future__ import annotations

import asyncio

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Request


class BackoffRetryMiddleware(RetryMiddleware):
    """Waits RETRY_BACKOFF_BASE * 2**(n-1) seconds (at most RETRY_BACKOFF_MAX) before retry n."""

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 30.0)

    async def _wait(self, retry: Request | None) -> None:
        if retry is not None and self.base > 0:
            await asyncio.sleep(min(self.cap, self.base * 2 ** (retry.meta.get("retry_times", 1) - 1)))

    async def process_response(self, request, response):
        result = super().process_response(request, response)
        await self._wait(result if isinstance(result, Request) else None)
        return result

    async def process_exception(self, request, exception):
        result = super().process_exception(request, exception)
        await self._wait(result if isinstance(result, Request) else None)
        return result


class ProfileUserAgentMiddleware:
    """Sends the source profile's User-Agent (some portals reject crawler-looking ones) on every
    request of that spider, robots.txt included; runs before Scrapy's UserAgentMiddleware."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request):
        profile = getattr(self.crawler.spider, "profile", None)
        if profile is not None and profile.user_agent:
            request.headers.setdefault(b"User-Agent", profile.user_agent)
