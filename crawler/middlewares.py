"""Downloader middlewares: the source profile's User-Agent, retries with exponential backoff, redirect loops."""

from __future__ import annotations

import asyncio
from urllib.parse import urljoin

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response

from crawler.urls import canonicalize

REDIRECTS = (301, 302, 303, 307, 308)


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


class RedirectLoopMiddleware:
    """A redirect back to a URL of its own chain (a page redirecting to itself, A → B → A) would be
    dropped by the duplicate filter without a trace, so the page would be neither archived nor
    recorded as failed. Runs before Scrapy's RedirectMiddleware and turns it into a failure."""

    def process_response(self, request: Request, response: Response) -> Response:
        location = response.headers.get(b"Location")
        if response.status in REDIRECTS and location:
            target = canonicalize(urljoin(request.url, location.decode("latin-1")))
            chain = [*request.meta.get("redirect_urls", []), request.url]
            if target in {canonicalize(url) for url in chain}:
                raise IgnoreRequest(
                    "redirect loop" if target == canonicalize(request.url) else f"redirect loop via {target}"
                )
        return response
