"""Running a crawl from the command line: one at a time (a lock), recorded as a run, with exit codes
that cron and scripts can act on."""

from __future__ import annotations

import contextlib
import os
import socket
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from archive.db import ArchiveError, open_archive
from archive.locks import data_dir_lock
from archive.models import CrawlRun, utcnow
from crawler.exit_codes import EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_OK, EXIT_PARTIAL

HOST = socket.gethostname()


@dataclass
class CrawlOptions:
    """What ``cli.py crawl`` asks for."""

    sources: list[str] = field(default_factory=list)
    url: str | None = None
    base_urls: dict[str, str] = field(default_factory=dict)
    since: str | None = None
    delay: float | None = None
    refresh: bool = False
    max_pages: int | None = None
    timeout: float | None = None
    retry_backoff: float | None = None
    frontier: str | None = None  # redis://… : take requests from the shared frontier
    seed: bool = False  # with frontier: only queue the sources' start requests


def _settings(archive_url: str, run_id: int, log_path: Path, options: CrawlOptions):
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    overrides: dict[str, object] = {
        "ARCHIVE_URL": archive_url,
        "CRAWL_RUN_ID": run_id,
        "LOG_FILE": str(log_path),
        "LOG_FILE_APPEND": False,
    }
    if options.delay is not None:
        overrides |= {"DOWNLOAD_DELAY": options.delay, "AUTOTHROTTLE_START_DELAY": max(options.delay, 0.01)}
        if options.delay == 0:
            overrides |= {"AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS_PER_DOMAIN": 8}
    if options.max_pages:
        overrides["CLOSESPIDER_PAGECOUNT"] = options.max_pages
    if options.timeout:
        overrides["DOWNLOAD_TIMEOUT"] = options.timeout
    if options.retry_backoff is not None:
        overrides["RETRY_BACKOFF_BASE"] = options.retry_backoff
    if options.frontier:
        overrides |= {
            "SCHEDULER": "crawler.frontier.FrontierScheduler",
            "FRONTIER_URL": options.frontier,
            "FRONTIER_SEED": options.seed,
        }
    settings.setdict(overrides, priority="cmdline")
    return settings


def _alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def _mark_interrupted(session: Session) -> None:
    """Runs this machine left "running" in a process that has died (runs of other machines sharing
    the archive are theirs to judge)."""
    # host "" = a run recorded before runs kept their host (one machine then).
    running = session.scalars(select(CrawlRun).where(CrawlRun.status == "running", CrawlRun.host.in_((HOST, ""))))
    for run in running:
        if run.pid != os.getpid() and not _alive(run.pid):
            run.status, run.exit_code = "interrupted", EXIT_INTERRUPTED


def run_crawl(data_dir: Path, archive_url: str, options: CrawlOptions) -> tuple[CrawlRun, float]:
    """Crawl the given sources (or one ad-hoc URL) into the archive; the finished run and seconds taken."""
    if options.frontier:
        from crawler.frontier import FrontierError, connect, live_workers

        server = connect(options.frontier)  # a clear error now rather than in the middle of Scrapy's start
        if options.seed:
            busy = live_workers(server, options.sources)
            if busy:
                raise FrontierError(f"crawlers are still draining {', '.join(busy)}: seed once they are done")
    # Crawlers sharing a frontier share its work: only stand-alone crawls of a data directory exclude each other.
    with contextlib.nullcontext() if options.frontier else data_dir_lock(data_dir, "crawl", "crawl"):
        engine = open_archive(archive_url)
        log_dir = data_dir / "logs"
        log_dir.mkdir(parents=True, exist_ok=True)
        with Session(engine, expire_on_commit=False) as session, session.begin():
            _mark_interrupted(session)
            run = CrawlRun(pid=os.getpid(), host=HOST, sources=options.sources or [options.url])
            session.add(run)
            session.flush()
            run_id = run.id
            run.log_path = str(log_dir / f"crawl-{run_id}.log")
        started = time.monotonic()
        try:
            status = _crawl(archive_url, run_id, Path(run.log_path), options)
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
            raise ArchiveError(f"cannot write the archive at {archive_url}: {reason}") from None
        with Session(engine, expire_on_commit=False) as session, session.begin():
            run = session.get(CrawlRun, run_id)
            if status == "success" and run.failed:
                status = "partial" if run.pages else "failed"
            run.status = status
            run.exit_code = {"success": EXIT_OK, "partial": EXIT_PARTIAL, "interrupted": EXIT_INTERRUPTED}.get(
                status, EXIT_FAILURE
            )
            run.finished = utcnow()
        return run, time.monotonic() - started


def _crawl(archive_url: str, run_id: int, log_path: Path, options: CrawlOptions) -> str:
    from scrapy import signals
    from scrapy.crawler import CrawlerProcess

    from crawler.spiders.source import SourceSpider
    from crawler.state import shared_state

    process = CrawlerProcess(_settings(archive_url, run_id, log_path, options))
    common = {"since": options.since, "refresh": options.refresh}
    if options.frontier:
        common["frontier"] = "seed" if options.seed else "work"
    if options.url:
        process.crawl(SourceSpider, url=options.url, **common)
    for name in options.sources:
        process.crawl(SourceSpider, source=name, base_url=options.base_urls.get(name), **common)
    reasons: list[str] = []
    for crawler in process.crawlers:
        crawler.signals.connect(lambda reason, **_: reasons.append(reason), signal=signals.spider_closed)
    process.start()
    writer = shared_state(archive_url, run_id).writer
    writer.flush()
    if "shutdown" in reasons:  # Ctrl-C or SIGTERM
        return "interrupted"
    # Only a complete, clean crawl may answer "not modified" next time. On a shared frontier no one
    # crawler sees the whole crawl (another may have failed on an article of a listing this one
    # fetched), so frontier crawls keep no validators.
    if all(reason == "finished" for reason in reasons) and not writer.counts.failed and not options.frontier:
        writer.save_validators()
    return "success"
