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

from archive.db import ArchiveError, open_archive, quick_check
from archive.locks import data_dir_lock
from archive.models import CrawlRun
from crawler.exit_codes import EXIT_INTERRUPTED
from crawler.interrupts import StopSignals
from crawler.outcome import Outcome, judge

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
    full: bool = False  # ignore saved validators: re-read every discovery page (not the articles)
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


def _check_seeded(server, sources: list[str]) -> None:
    """A frontier crawler with nothing to take: never seeded, or reset since."""
    from crawler.frontier import FrontierError, status

    empty = [name for name in sources if not any(status(server, name).values())]
    if empty:
        raise FrontierError(
            f"the frontier has no requests for {', '.join(empty)} and was never seeded: "
            "queue their start pages first with `crawl --seed --frontier …`"
        )


def run_crawl(
    data_dir: Path, archive_url: str, options: CrawlOptions, stop: StopSignals | None = None
) -> tuple[CrawlRun, float]:
    """Crawl the given sources (or one ad-hoc URL) into the archive; the finished run and seconds taken.

    With `stop` (entered by the caller), a stop signal ends the crawl early: the run is recorded as
    interrupted and keeps nothing that would let the next run skip work."""
    if options.frontier:
        from crawler.frontier import FrontierError, connect, live_workers

        server = connect(options.frontier)  # a clear error now rather than in the middle of Scrapy's start
        if options.seed:
            busy = live_workers(server, options.sources)
            if busy:
                raise FrontierError(f"crawlers are still draining {', '.join(busy)}: seed once they are done")
        else:
            _check_seeded(server, options.sources)
    stop = stop or StopSignals()
    # Crawlers sharing a frontier share its work: only stand-alone crawls of a data directory exclude each other.
    with contextlib.nullcontext() if options.frontier else data_dir_lock(data_dir, "crawl", "crawl"):
        engine = open_archive(archive_url)
        # A crawl writes for minutes: a damaged file is reported now, before anything is added to it.
        if problem := quick_check(engine):
            raise ArchiveError(
                f"the archive at {archive_url} is damaged ({problem}): run `python cli.py archive check` "
                "and restore a backup (docs/operations.md)"
            )
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
            outcome = _crawl(archive_url, run_id, Path(run.log_path), options, stop)
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
            raise ArchiveError(f"cannot write the archive at {archive_url}: {reason}") from None
        with Session(engine, expire_on_commit=False) as session, session.begin():
            run = session.get(CrawlRun, run_id)
            run.finish(outcome.status, outcome.exit_code, outcome.complete)
        return run, time.monotonic() - started


def _crawl(archive_url: str, run_id: int, log_path: Path, options: CrawlOptions, stop: StopSignals) -> Outcome:
    """Run the spiders; how it went is judged by crawler.outcome, the one place that decides whether
    the run may save what lets the next one skip work."""
    from scrapy.crawler import CrawlerProcess

    from crawler.spiders.source import SourceSpider
    from crawler.state import shared_state

    process = CrawlerProcess(_settings(archive_url, run_id, log_path, options))
    common = {"since": options.since, "refresh": options.refresh, "full": options.full}
    if options.frontier:
        common["frontier"] = "seed" if options.seed else "work"
    spiders = [{"url": options.url}] if options.url else []
    spiders += [{"source": name, "base_url": options.base_urls.get(name)} for name in options.sources]
    crawlers = []  # held here: the process forgets its crawlers as they finish
    for arguments in spiders:
        crawler = process.create_crawler(SourceSpider)
        crawlers.append(crawler)
        process.crawl(crawler, **arguments, **common)
    from twisted.internet import reactor  # only now: creating the first crawler installed Scrapy's reactor

    def stop_crawlers() -> None:
        # Also reached before a spider has opened (a signal at start-up): ask again until all are done.
        if any(crawler.crawling or crawler.engine is None for crawler in crawlers):
            process.stop()
            reactor.callLater(0.5, stop_crawlers)

    if stop.received is None:
        stop.on_stop(lambda: reactor.callFromThread(stop_crawlers))
        try:
            process.start(install_signal_handlers=False)
        finally:
            stop.on_stop(None)
    writer = shared_state(archive_url, run_id).writer
    writer.flush()
    counts = writer.counts
    outcome = judge(
        [crawler.stats.get_value("finish_reason") if crawler.stats else None for crawler in crawlers],
        interrupted=stop.received is not None,
        failed=counts.failed,
        pages=counts.pages,
        gone=counts.gone,
        since=bool(options.since),
        frontier=bool(options.frontier),
    )
    if outcome.complete:
        writer.save_validators()
    return outcome
