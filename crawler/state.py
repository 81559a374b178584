"""A crawl's link to the archive: the run record, the batched writer, what is already known."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive.db import open_archive
from archive.models import Article, CrawlRun, Page, Source
from archive.store import ArchiveWriter
from crawler.outcome import Outcome


@dataclass(frozen=True)
class Known:
    """What the archive holds about a URL: HTTP validators and when it was last fetched."""

    etag: str
    last_modified: str
    last_fetched: datetime


class CrawlState:
    """Opened once per crawl process and shared by its spiders and the pipeline."""

    def __init__(self, archive_url: str, run_id: int | None = None, batch_size: int = 200):
        self.engine = open_archive(archive_url)
        self.own_run = run_id is None  # ``scrapy crawl`` runs record themselves
        if self.own_run:
            with Session(self.engine) as session, session.begin():
                run = CrawlRun(pid=os.getpid(), host=socket.gethostname(), sources=[])
                session.add(run)
                session.flush()
                run_id = run.id
        self.run_id = run_id
        self.writer = ArchiveWriter(self.engine, run_id, batch_size)

    def known_articles(self, source_name: str) -> dict[str, Known]:
        with Session(self.engine) as session:
            rows = session.execute(
                select(Article.canonical_url, Article.etag, Article.http_last_modified, Article.last_fetched)
                .join(Source)
                .where(Source.name == source_name)
            )
            return {url: Known(etag, modified, fetched) for url, etag, modified, fetched in rows}

    def known_pages(self, prefix: str) -> dict[str, Known]:
        with Session(self.engine) as session:
            rows = session.execute(
                select(Page.url, Page.etag, Page.http_last_modified, Page.last_fetched).where(
                    Page.url.startswith(prefix)
                )
            )
            return {url: Known(etag, modified, fetched) for url, etag, modified, fetched in rows}

    def finish_own_run(self, outcome: Outcome) -> None:
        if not self.own_run:
            return
        with Session(self.engine) as session, session.begin():
            session.get(CrawlRun, self.run_id).finish(outcome.status, outcome.exit_code, outcome.complete)


_SHARED: dict[tuple[str, int | None], CrawlState] = {}


def shared_state(archive_url: str, run_id: int | None) -> CrawlState:
    """One CrawlState per archive and run in a process, so all spiders of a crawl share one writer."""
    key = (archive_url, run_id)
    if key not in _SHARED:
        _SHARED[key] = CrawlState(archive_url, run_id)
    return _SHARED[key]
