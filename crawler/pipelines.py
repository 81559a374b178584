"""The archive pipeline: extract each fetched article and hand everything to the batched writer.

Extraction is CPU work; it runs in a pool of worker processes (EXTRACT_WORKERS, one per core beside
Scrapy's own by default) so that it overlaps with fetching instead of stalling Scrapy's event loop.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import resource_tracker
from typing import NamedTuple

from scrapy import signals

from archive.store import article_fingerprint, pack_body
from crawler.interrupts import ignore_stop_signals, signals_blocked
from crawler.items import PageItem
from crawler.outcome import judge
from crawler.spiders.source import NOT_MODIFIED
from extraction.article import Article, extract_article
from extraction.errors import ExtractionError
from extraction.rules import ExtractionRules

MIN_ARTICLE_CHARS = 300
_POOL: ProcessPoolExecutor | None = None


class Extracted(NamedTuple):
    article: Article | None
    fingerprint: str
    error: str
    packed: tuple[bytes, str]


def looks_like_article(article: Article) -> bool:
    """For pages of sites with no profile: a title, a publication date, several paragraphs of text.
    (Listings have teaser paragraphs too, but no date line under a title of their own.)"""
    paragraphs = [p for p in article.paragraphs if len(p) > 80]
    return (
        bool(article.title)
        and article.published is not None
        and len(article.text) >= MIN_ARTICLE_CHARS
        and len(paragraphs) >= 2
    )


def extract(body: bytes, url: str, content_type: str, rules: ExtractionRules) -> Extracted:
    """What a worker sends back for one page: the article (or why not), its fingerprint, and the
    body packed for the archive (so that the crawl process does not compress it)."""
    packed = pack_body(body)
    try:
        article = extract_article(body, url, content_type=content_type, rules=rules)
    except ExtractionError as exc:
        return Extracted(None, "", str(exc), packed)
    return Extracted(article, article_fingerprint(article), "", packed)


def _exit_with_parent(parent: int) -> None:
    """Worker initializer: leave when the crawl process is gone (killed with -9, say); stop signals
    are the crawl process's to act on."""
    ignore_stop_signals()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def _pool(workers: int) -> ProcessPoolExecutor:
    """One pool per crawl process, shared by its spiders; "spawn" because the reactor runs threads."""
    global _POOL
    if _POOL is None:
        context = multiprocessing.get_context("spawn")
        _POOL = ProcessPoolExecutor(workers, mp_context=context, initializer=_exit_with_parent, initargs=(os.getpid(),))
        # Starting multiprocessing's resource tracker unblocks SIGINT and SIGTERM: it must be running
        # before workers are started with the stop signals blocked.
        resource_tracker.ensure_running()
    return _POOL


class ArchivePipeline:
    """Articles are extracted here (the spider only fetches) and written with their raw response."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.workers = crawler.settings.getint("EXTRACT_WORKERS", 1)

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    async def _extract(self, page, rules: ExtractionRules) -> Extracted:
        args = (page.body, page.url, page.header("Content-Type"), rules)
        if self.workers < 1:
            return extract(*args)
        pool = _pool(self.workers)
        with signals_blocked():  # a worker may be started here: it must not inherit a pending Ctrl-C
            future = pool.submit(extract, *args)
        return await asyncio.wrap_future(future)

    async def process_item(self, item: PageItem):
        spider = self.crawler.spider
        writer = spider.state.writer
        page = item.fetched
        if page.status == NOT_MODIFIED:
            writer.add_not_modified()
            return item
        if item.kind not in ("article", "page"):
            writer.add_page(spider.source_id, item.kind, item.canonical_url, page)
            return item
        article, print_, error, page.packed = await self._extract(page, spider.profile.extraction)
        if item.kind == "article" and article is None:
            writer.add_failure(page.url, page.status, f"extraction: {error}", page)
        elif article is not None and (item.kind == "article" or looks_like_article(article)):
            writer.add_article(spider.source_id, item.canonical_url, page, article, print_)
        else:
            writer.add_page(spider.source_id, "page", item.canonical_url, page)
        return item

    def close_spider(self) -> None:
        self.crawler.spider.state.writer.flush()

    def spider_closed(self, spider, reason: str) -> None:
        """Under ``scrapy crawl`` the run is finished here (``cli.py crawl`` records it itself)."""
        state = spider.state
        if state.own_run:
            counts = state.writer.counts
            outcome = judge([reason], interrupted=False, failed=counts.failed, pages=counts.pages, gone=counts.gone)
            if outcome.complete:
                state.writer.save_validators()
            state.finish_own_run(outcome)
