"""congdoan-archive: crawl, extract, archive and search Vietnamese provincial trade-union news."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import urllib.error
import urllib.request
from pathlib import Path

import click

from archive.db import ArchiveError, database_url
from archive.locks import LockedError, data_dir_lock
from crawler.exit_codes import EXIT_FAILURE, EXIT_LOCKED, EXIT_USAGE
from extraction.dates import VN_TZ as VN
from extraction.dates import vn_iso
from sources import ProfileError, get_profile, load_profiles

USER_AGENT = "Mozilla/5.0 (compatible; congdoan-archive/0.1; +https://github.com/congdoan-archive)"


def fail(message: str, code: int = EXIT_FAILURE) -> None:
    """Print a one-line reason on stderr and exit non-zero."""
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def _archive_trouble(ctx: click.Context, exc: Exception) -> str:
    """One line naming the archive, what is wrong with it and what to do."""
    reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    where = (ctx.obj or {}).get("db_url", "the archive")
    low = reason.lower()
    if "malformed" in low or "not a database" in low or "no such table" in low or "corrupt" in low:
        advice = "it is damaged: run `python cli.py archive check`, and restore a backup (docs/operations.md)"
    elif "readonly" in low or "read-only" in low:
        advice = "it is read-only: give this user write access to the file and its directory"
    elif "disk" in low and "full" in low:
        advice = "the disk is full: free some space and run the command again (nothing archived was lost)"
    elif "locked" in low:
        advice = "another process holds it: try again when it is done"
    else:
        advice = "run `python cli.py archive check`"
    return f"the archive at {where} cannot be used ({reason}): {advice}"


class _Commands(click.Group):
    def invoke(self, ctx: click.Context):
        """A reader that goes away (`| head`) ends the output quietly with exit 0, as other Unix tools
        do (click's own handling exits 1)."""
        from sqlalchemy.exc import DatabaseError, OperationalError

        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # Python would complain again when flushing at exit
            sys.exit(0)
        except (DatabaseError, OperationalError) as exc:
            fail(_archive_trouble(ctx, exc))


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=lambda: os.environ.get("CONGDOAN_DATA_DIR", "data"),
    show_default="./data or $CONGDOAN_DATA_DIR",
    help="Where the archive, raw responses, index and logs live.",
)
@click.option(
    "--db", "db_url", envvar="CONGDOAN_DB_URL", help="SQLAlchemy URL of the archive (default: SQLite in DATA_DIR)."
)
@click.pass_context
def cli(ctx: click.Context, data_dir: Path, db_url: str | None) -> None:
    """Archive of Vietnamese provincial trade-union news."""
    ctx.obj = {"data_dir": data_dir, "db_url": database_url(data_dir, db_url)}


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
def sources(as_json: bool) -> None:
    """List the source profiles."""
    try:
        profiles = load_profiles()
    except ProfileError as exc:
        fail(str(exc))
    if as_json:
        rows = [
            {
                "name": p.name,
                "title": p.title,
                "province": p.province,
                "kind": p.kind,
                "platform": p.platform,
                "base_url": p.base_url,
                "notes": p.notes,
            }
            for p in profiles.values()
        ]
        click.echo(json.dumps({"sources": rows}, ensure_ascii=False, indent=2))
        return
    width = max(len(name) for name in profiles)
    click.echo(f"{'name':<{width}}  {'kind':<9}  {'province':<9}  {'base URL':<40}  title")
    for p in profiles.values():
        click.echo(f"{p.name:<{width}}  {p.kind:<9}  {p.province:<9}  {p.base_url:<40}  {p.title}")


def _read_input(source: str, timeout: float = 30.0) -> tuple[bytes, str | None, str]:
    """Bytes, content type and URL of a file path or an http(s) URL."""
    if source.startswith(("http://", "https://")):
        request = urllib.request.Request(source, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.read(), response.headers.get("Content-Type"), response.geturl()
        except (urllib.error.URLError, TimeoutError, ValueError) as exc:
            fail(f"cannot fetch {source}: {getattr(exc, 'reason', exc)}")
    path = Path(source)
    if not path.is_file():
        fail(f"no such file: {source}")
    return path.read_bytes(), None, path.resolve().as_uri()


@cli.command()
@click.argument("file_or_url")
@click.option("--url", help="The page's real URL (for a saved file): resolves links, picks the source profile.")
@click.option("--source", "source_name", help="Apply this source profile's extraction rules.")
@click.option("--json", "as_json", is_flag=True, help="Print the article as one JSON object.")
def extract(file_or_url: str, url: str | None, source_name: str | None, as_json: bool) -> None:
    """Extract the article from a saved page or a URL, and print it."""
    from extraction.article import extract_article
    from extraction.errors import ExtractionError

    data, content_type, fetched_url = _read_input(file_or_url)
    page_url = url or fetched_url
    try:
        profile = get_profile(source_name) if source_name else _profile_for(page_url)
        article = extract_article(
            data, page_url, content_type=content_type, rules=profile.extraction if profile else None
        )
    except (ExtractionError, ProfileError) as exc:
        fail(str(exc))
    if as_json:
        click.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
        return
    date = article.published.isoformat() if article.published else "unknown"
    click.echo(click.style(article.title or "(no title)", bold=True))
    click.echo(f"Date: {date}   Author: {article.author or '-'}   Category: {article.category or '-'}")
    union = ", ".join(article.union_terms) if article.union_related else "no"
    click.echo(f"URL: {article.canonical_url}\nUnion-related: {union}\n")
    click.echo(article.text or "(no article text found)")


def _pairs(values: tuple[str, ...]) -> dict[str, str]:
    pairs = {}
    for value in values:
        name, sep, url = value.partition("=")
        if not sep or not url.startswith(("http://", "https://")):
            fail(f"--base-url takes NAME=URL, not {value!r}", EXIT_USAGE)
        pairs[name] = url
    return pairs


def _summary_line(run, seconds: float) -> str:
    carry_on = "" if run.complete else "; the next run carries on from here"
    gone = f", {run.gone} gone (404/410)" if run.gone else ""
    return (
        f"run {run.id} {run.status}: {run.pages} pages, {run.new} new, {run.changed} changed, "
        f"{run.unchanged} unchanged, {run.failed} failed{gone} in {seconds:.1f}s{carry_on} (log: {run.log_path})"
    )


def _interrupt_sync() -> None:
    raise KeyboardInterrupt


def _crawl_then_index(ctx, options, index: bool, quiet: bool):
    """Run a crawl, then (unless told not to) sync the index, under stop-signal handling: the first
    SIGINT/SIGTERM/SIGHUP stops the crawl after its current batch, or abandons the index sync (the
    next sync redoes it); a second one leaves at once. Returns the run, or exits 130 if stopped."""
    from crawler.exit_codes import EXIT_INTERRUPTED
    from crawler.interrupts import StopSignals
    from crawler.run import run_crawl

    with StopSignals() as stop:
        run, seconds = run_crawl(ctx.obj["data_dir"], ctx.obj["db_url"], options, stop)
        click.echo(_summary_line(run, seconds))
        if index and stop.received is None:
            stop.on_stop(_interrupt_sync)
            with contextlib.suppress(KeyboardInterrupt):
                _sync_index(ctx, quiet)
        if stop.received is not None:
            if run.status != "interrupted" or index:
                click.echo(
                    f"stopped by {stop.name}: `python cli.py index` brings the search index up to date", err=True
                )
            sys.exit(EXIT_INTERRUPTED)
    return run


@cli.command()
@click.argument("source_names", nargs=-1, metavar="[SOURCE]...")
@click.option("--url", help="Crawl one site that has no profile, with generic discovery and extraction.")
@click.option("--base-url", multiple=True, metavar="NAME=URL", help="Crawl source NAME at another address (a mirror).")
@click.option("--since", help="Stop following listings and sitemaps past this date (DD/MM/YYYY or ISO).")
@click.option(
    "--delay", type=click.FloatRange(min=0), help="Seconds between requests to a site; 0 turns throttling off."
)
@click.option("--refresh", is_flag=True, help="Revalidate known articles (conditional requests) to catch edits.")
@click.option(
    "--full",
    is_flag=True,
    help="Re-read every listing, feed and sitemap, ignoring saved validators (not the articles).",
)
@click.option("--max-pages", type=click.IntRange(min=1), help="Stop a source after this many pages.")
@click.option("--timeout", type=click.FloatRange(min=0.1), help="Seconds before a request times out (default 30).")
@click.option("--quiet", is_flag=True, help="Print one summary line (for cron).")
@click.option("--no-index", is_flag=True, help="Do not update the search index afterwards (another process owns it).")
@click.option(
    "--frontier",
    metavar="REDIS_URL",
    envvar="CONGDOAN_FRONTIER",
    help="Share the crawl through this Redis frontier with other crawlers (they never index).",
)
@click.option("--seed", is_flag=True, help="With --frontier: reset the sources' frontier and queue their start pages.")
@click.pass_context
def crawl(
    ctx, source_names, url, base_url, since, delay, refresh, full, max_pages, timeout, quiet, no_index, frontier, seed
) -> None:
    """Crawl sources (all of them by default) into the archive.

    With --frontier, any number of crawlers on any number of machines share one Redis frontier: seed it
    once with --seed, then run crawlers (same sources, same --frontier) until it is drained; they
    write to the shared archive (--db) and leave indexing to `index --follow`.

    Exit codes: 0 success (or limited by --max-pages), 1 failure, 2 usage error, 3 partial (some
    pages failed), 75 another crawl holds the lock, 130 interrupted (SIGINT, SIGTERM, SIGHUP). A run
    that did not discover everything saves nothing that lets the next run skip work: the next run
    carries on from it.
    """
    from crawler.frontier import FrontierError
    from crawler.run import CrawlOptions

    if seed and not frontier:
        fail("--seed needs --frontier REDIS_URL", EXIT_USAGE)
    try:
        known = load_profiles()
        if url and source_names:
            fail("give SOURCE names or --url, not both", EXIT_USAGE)
        unknown = [name for name in source_names if name not in known]
        if unknown:
            fail(f"no source named {unknown[0]!r} (known: {', '.join(known)})", EXIT_USAGE)
        base_urls = _pairs(base_url)
        if wrong := [name for name in base_urls if name not in known]:
            fail(f"--base-url names no source {wrong[0]!r} (known: {', '.join(known)})", EXIT_USAGE)
        options = CrawlOptions(
            sources=[] if url else list(source_names or known),
            url=url,
            base_urls=base_urls,
            since=_date(since, "--since").isoformat() if since else None,
            delay=delay,
            refresh=refresh,
            full=full,
            max_pages=max_pages,
            timeout=timeout,
            frontier=frontier,
            seed=seed,
        )
        run = _crawl_then_index(ctx, options, index=not (no_index or frontier), quiet=quiet)
    except LockedError as exc:
        fail(str(exc), EXIT_LOCKED)
    except (ArchiveError, ProfileError, FrontierError) as exc:
        fail(str(exc))
    if not quiet and (run.failed or run.gone):
        click.echo(f"see the failures with: python cli.py runs --failures {run.id}")
    sys.exit(run.exit_code)


@cli.command("frontier")
@click.argument("source_names", nargs=-1, metavar="[SOURCE]...")
@click.option("--frontier", "url", metavar="REDIS_URL", envvar="CONGDOAN_FRONTIER", required=True, help="The frontier.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
def frontier_status(source_names, url: str, as_json: bool) -> None:
    """Show the shared crawl frontier: requests queued, seen and in flight per source, and live crawlers."""
    from crawler import frontier

    try:
        server = frontier.connect(url)
        names = list(source_names or load_profiles())
        sources = {name: frontier.status(server, name) for name in names}
        live = frontier.workers(server)
    except (frontier.FrontierError, ProfileError) as exc:
        fail(str(exc))
    if as_json:
        click.echo(json.dumps({"sources": sources, "crawlers": live}))
        return
    click.echo(f"{'source':<16} {'queued':>8} {'in flight':>9} {'seen':>8}  crawlers")
    for name, counts in sources.items():
        draining = sum(1 for source in live.values() if source == name)
        click.echo(f"{name:<16} {counts['queued']:>8} {counts['inflight']:>9} {counts['seen']:>8}  {draining}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=1))
@click.option("--failures", "failures_of", type=int, metavar="RUN_ID", help="List the failures of one run.")
@click.pass_context
def runs(ctx, as_json: bool, limit: int, failures_of: int | None) -> None:
    """List past crawl runs, newest first."""
    from archive.report import failures, recent_runs

    archive = _archive(ctx)
    if failures_of is not None:
        from archive.report import run_exists

        if not run_exists(archive, failures_of):
            fail(f"no run {failures_of} in the archive (see `python cli.py runs`)")
        found = failures(archive, failures_of)
        if as_json:
            rows = [{"url": f.url, "status": f.status, "reason": f.reason} for f in found]
            click.echo(json.dumps({"run": failures_of, "failures": rows}, ensure_ascii=False))
            return
        click.echo(f"{'HTTP':>4}  {'reason':<40}  url")
        for failure in found:
            click.echo(f"{failure.status or '-':>4}  {failure.reason:<40}  {failure.url}")
        if not found:
            click.echo(f"run {failures_of} had no failures")
        return
    rows = recent_runs(archive, limit)
    records = [
        {
            "id": r.id,
            "started": r.started.isoformat(),
            "finished": r.finished.isoformat() if r.finished else None,
            "status": r.status,
            "exit_code": r.exit_code,
            "pages": r.pages,
            "new": r.new,
            "changed": r.changed,
            "unchanged": r.unchanged,
            "failed": r.failed,
            "gone": r.gone,
            "complete": r.complete,
        }
        for r in rows
    ]
    if as_json:
        click.echo(json.dumps({"runs": records}, ensure_ascii=False))
        return
    click.echo(
        f"{'id':>4}  {'started (UTC)':<19}  {'status':<11}  {'pages':>6}  {'new':>5}  {'chg':>4}  {'same':>5}  "
        f"{'fail':>4}  {'gone':>4}  next run"
    )
    for r in records:
        click.echo(
            f"{r['id']:>4}  {r['started'][:19]:<19}  {r['status']:<11}  {r['pages']:>6}  {r['new']:>5}  "
            f"{r['changed']:>4}  {r['unchanged']:>5}  {r['failed']:>4}  {r['gone']:>4}  "
            f"{'' if r['complete'] else 'carries on'}"
        )


@cli.command()
@click.option("--port", default=8901, show_default=True, help="First loopback port; the five replicas use five.")
@click.pass_context
def demo(ctx, port: int) -> None:
    """Serve the bundled replicas on loopback, crawl them all into the archive, show what came in."""
    from crawler.run import CrawlOptions
    from replicas.catalog import BUILDERS, build_site
    from replicas.server import serve_all

    sites = [build_site(key) for key in BUILDERS]
    try:
        with serve_all(sites, first_port=port) as servers:
            click.echo("Replicas on loopback: " + ", ".join(f"{k} {s.base_url}" for k, s in servers.items()))
            options = CrawlOptions(
                sources=list(servers), base_urls={k: s.base_url for k, s in servers.items()}, delay=0
            )
            run = _crawl_then_index(ctx, options, index=True, quiet=False)
    except OSError as exc:
        fail(f"cannot serve the replicas on ports {port}-{port + len(sites) - 1}: {exc.strerror}")
    except (LockedError, ArchiveError) as exc:
        fail(str(exc))
    _show_archive_sample(_archive(ctx))
    click.echo(
        "\nNext: search it (python cli.py search công đoàn), or serve the replicas yourself and crawl one:\n"
        "  python -m replicas                      # serves them on ports 8901-8905 until Ctrl-C\n"
        "  python cli.py crawl baolaocai --base-url baolaocai=http://127.0.0.1:8901 --max-pages 15"
    )
    sys.exit(run.exit_code)


def _show_archive_sample(archive) -> None:
    from archive.report import per_source, sample_articles

    click.echo("\nArchive by source:")
    for name, total, union, newest in per_source(archive):
        shown = newest.astimezone(VN).strftime("%d/%m/%Y") if newest else "-"
        click.echo(f"  {name:<16} {total:>6} articles  {union:>6} union-related  newest {shown}")
    click.echo("\nNewest union articles:")
    for article in sample_articles(archive, 3):
        date = article.published.astimezone(VN).strftime("%d/%m/%Y") if article.published else "?"
        click.echo(f"  [{article.id}] {date}  {article.title}")
        click.echo(f"        {article.lead[:160] or article.text[:160]}…")
    click.echo(
        '\nTry: python cli.py search "lao động giỏi" --union   ·   python cli.py show ID   ·   python cli.py runs'
    )


class _Quiet:
    """A progress bar that shows nothing (standard error is not a terminal)."""

    def __enter__(self):
        return self

    def __exit__(self, *_) -> None:
        return None

    def update(self, _n: int) -> None:
        return None


def _progress(total: int, label: str):
    """A progress bar on standard error when it is a terminal; silent otherwise (cron, pipes)."""
    if sys.stderr.isatty():
        return click.progressbar(length=total, label=label, file=sys.stderr)
    return _Quiet()


def _archive(ctx):
    """The existing archive (commands that only read, or add to it, never create one)."""
    from archive.db import open_archive

    try:
        return open_archive(ctx.obj["db_url"], create=False)
    except ArchiveError as exc:
        fail(str(exc))


def _index_dir(ctx) -> Path:
    from search.engines import index_path

    return index_path(ctx.obj["data_dir"])


def _sync_index(ctx, quiet: bool = False) -> None:
    """Bring the search index up to date after a crawl (a no-op when nothing changed)."""
    from search.engine import SearchIndexError
    from search.sync import sync

    try:
        count = sync(_archive(ctx), _index_dir(ctx))
    except SearchIndexError as exc:
        click.echo(f"warning: the search index was not updated: {exc}", err=True)
        return
    if count and not quiet:
        click.echo(f"indexed {count} new or changed articles")


@cli.command()
@click.option("--rebuild", is_flag=True, help="Build the whole index again from the archive.")
@click.option("--check", is_flag=True, help="Report drift between the archive and the index.")
@click.option("--procs", default=2, show_default=True, type=click.IntRange(min=1), help="Processes for --rebuild.")
@click.option("--follow", is_flag=True, help="Keep syncing until stopped: the one indexer of a shared archive.")
@click.option(
    "--engine",
    type=click.Choice(["whoosh", "tantivy"]),
    help="With --rebuild: build the index in this engine (recorded with it; every command follows it).",
)
@click.option(
    "--interval", default=30.0, show_default=True, type=click.FloatRange(min=0.1), help="Seconds between syncs."
)
@click.pass_context
def index(ctx, rebuild: bool, check: bool, procs: int, follow: bool, engine: str | None, interval: float) -> None:
    """Bring the search index up to date with the archive (it is derived from it).

    Whoosh (the default) suits small and medium archives; tantivy answers in milliseconds at
    100,000 articles: `index --rebuild --engine tantivy` switches, `--engine whoosh` switches back.
    """
    from search import sync as index_sync
    from search.engine import SearchIndexError

    if sum((rebuild, check, follow)) > 1:
        fail("give one of --rebuild, --check, --follow", EXIT_USAGE)
    if engine and not rebuild:
        fail("--engine goes with --rebuild (the index is rebuilt in the new engine)", EXIT_USAGE)
    archive = _archive(ctx)
    path = _index_dir(ctx)
    try:
        if follow:
            _follow(archive, path, ctx.obj["data_dir"], interval)
            return
        if check:
            drift = index_sync.check(archive, path)
            click.echo(f"{'articles':<8} {'count':>7}  ids")
            for name in ("missing", "extra", "stale"):
                ids = getattr(drift, name)
                click.echo(f"{name:<8} {len(ids):>7}  {' '.join(map(str, ids[:20]))}{' …' if len(ids) > 20 else ''}")
            if not drift.clean:
                fail("the index has drifted from the archive: run `python cli.py index` (or --rebuild)")
            click.echo("the index matches the archive")
            return
        if rebuild:
            total = index_sync.article_count(archive)
            with _progress(total, "indexing") as bar:
                count = index_sync.rebuild(archive, path, procs=procs, progress=bar.update, engine=engine)
        else:
            count = index_sync.sync(archive, path)
    except SearchIndexError as exc:
        fail(str(exc))
    from search.engines import recorded_engine

    click.echo(f"indexed {count} articles into {path} ({recorded_engine(path)})")


def _follow(archive, path: Path, data_dir: Path, interval: float) -> None:
    """Sync the index every `interval` seconds until SIGINT or SIGTERM; one follower per data directory."""
    import signal
    import time
    from datetime import datetime

    from search.sync import sync

    try:
        with data_dir_lock(data_dir, "index", "`index --follow`"):
            signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
            click.echo(f"following the archive every {interval:g}s into {path} (Ctrl-C stops)")
            while True:
                count = sync(archive, path)
                if count:
                    click.echo(f"{datetime.now().strftime('%H:%M:%S')} indexed {count} new or changed articles")
                time.sleep(interval)
    except LockedError as exc:  # only entering the lock raises it
        fail(str(exc), EXIT_LOCKED)
    except KeyboardInterrupt:
        click.echo("stopped")


@cli.command()
@click.argument("source_names", nargs=-1, metavar="[SOURCE]...")
@click.option(
    "--since-run", type=click.IntRange(min=1), metavar="N", help="Only articles the last N runs added or changed."
)
@click.option("--dry-run", is_flag=True, help="Change nothing; say what would change.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def reextract(ctx, source_names, since_run: int | None, dry_run: bool, as_json: bool) -> None:
    """Extract the archived pages again with the current extractor.

    An article whose fields change gets a new version marked as a re-extraction (the old one is
    kept); the search index follows. Interrupt it at any time: running it again finishes the job,
    and with the same extractor changes nothing.
    """
    from archive import reextract as job
    from extraction.rules import ExtractionRules

    try:
        profiles = load_profiles()
    except ProfileError as exc:
        fail(str(exc))
    archive = _archive(ctx)

    def rules_for(source: str) -> ExtractionRules:
        return profiles[source].extraction if source in profiles else ExtractionRules()

    try:
        with data_dir_lock(ctx.obj["data_dir"], "crawl", "crawl or re-extraction"):
            total = job.count(archive, source_names, since_run)
            with _progress(total, "re-extracting") as bar:
                summary = job.reextract(archive, rules_for, source_names, since_run, dry_run, bar.update)
    except LockedError as exc:
        fail(str(exc), EXIT_LOCKED)
    except KeyboardInterrupt:
        fail("interrupted: what was re-extracted is kept; run it again to finish", 130)
    if as_json:
        click.echo(json.dumps({"dry_run": dry_run, **summary.as_dict()}, ensure_ascii=False))
    else:
        verb = "would change" if dry_run else "changed"
        click.echo(
            f"{summary.examined} articles examined, {summary.changed} {verb}, {summary.failed} could not be read"
        )
        for name, n in summary.fields.most_common():
            click.echo(f"  {name:<14} {n:>7}")
        for example in summary.examples:
            click.echo(f"  e.g. [{example['id']}] {', '.join(example['fields'])}: {example['url']}")
    if summary.changed and not dry_run:
        _sync_index(ctx, quiet=as_json)


def _date(value: str | None, option: str):
    from extraction.dates import parse_iso, parse_vn_datetime

    if not value:
        return None
    moment = parse_vn_datetime(value) or parse_iso(value)
    if moment is None:
        fail(f"{option} takes a date like 31/12/2024 or 2024-12-31, not {value!r}", EXIT_USAGE)
    return moment.date()


def _date_range(date_from: str | None, date_to: str | None):
    """--from and --to as dates; --from after --to is a usage error, not an empty result."""
    start, end = _date(date_from, "--from"), _date(date_to, "--to")
    if start and end and start > end:
        fail(f"--from {date_from} is after --to {date_to}", EXIT_USAGE)
    return start, end


# Words of a query may start with a dash (`search -công`): they are words, not options.
QUERY_SETTINGS = {"ignore_unknown_options": True}


@cli.command(context_settings=QUERY_SETTINGS)
@click.argument("query", nargs=-1, required=True, type=click.UNPROCESSED)
@click.option("--from", "date_from", metavar="DATE", help="Published on or after (DD/MM/YYYY or ISO).")
@click.option("--to", "date_to", metavar="DATE", help="Published on or before.")
@click.option("--union", "union_only", is_flag=True, help="Only union-related articles.")
@click.option("--sort", type=click.Choice(["relevance", "date"]), default="relevance", show_default=True)
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 1000))
@click.option("--page", default=1, show_default=True, type=click.IntRange(min=1))
@click.option("--count-by", type=click.Choice(["source", "year", "month"]), help="Count the matches per group.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object for scripts.")
@click.pass_context
def search(ctx, query, date_from, date_to, union_only, sort, limit, page, count_by, as_json) -> None:
    """Search the archive: words, "phrases", AND/OR/NOT/-word, source: province: author: category: union:.

    Diacritics are optional (lao dong gioi finds lao động giỏi; typed accents rank exact matches
    first), tone placement does not matter (hoà = hòa), abbreviations match their expansions.
    """
    from search.engine import SearchIndexError, SearchRequest
    from search.engines import index_path, open_engine
    from search.query import QuerySyntaxError
    from search.snippets import snippet

    text = " ".join(query)
    request = SearchRequest(text, *_date_range(date_from, date_to), union_only, sort, limit, page, count_by)
    try:
        results = open_engine(index_path(ctx.obj["data_dir"])).search(request)
    except QuerySyntaxError as exc:
        fail(f"bad query: {exc}", EXIT_USAGE)
    except SearchIndexError as exc:
        fail(str(exc))
    texts = _texts(ctx, [hit.id for hit in results.hits])
    tty = sys.stdout.isatty() and not as_json
    mark = ("\x1b[1;33m", "\x1b[0m") if tty else ("<mark>", "</mark>") if as_json else ("«", "»")
    rows = [
        {
            "id": hit.id,
            "url": hit.url,
            "title": hit.title,
            "source": hit.source,
            "published": vn_iso(hit.published),
            "score": hit.score,
            "snippet": snippet(texts.get(hit.id, ""), results.marks, mark),
        }
        for hit in results.hits
    ]
    if as_json:
        out = {"query": text, "total": results.total, "total_is_estimate": results.total_is_estimate, "results": rows}
        if count_by:
            out["counts"] = results.counts
        click.echo(json.dumps(out, ensure_ascii=False))
        return
    about = "about " if results.total_is_estimate else ""
    first = (page - 1) * limit + 1
    if rows:
        shown = f"showing {first}–{first + len(rows) - 1} of {about}{results.total} articles"
    else:
        shown = f"no articles on page {page} ({about}{results.total} in all)" if results.total else "no articles"
    more = first + len(rows) <= results.total
    click.echo(shown + (f"; more with --page {page + 1}" if more and rows else ""))
    for row in rows:
        date = row["published"][:10] if row["published"] else "no date"
        click.echo(
            f"\n[{row['id']}] {click.style(row['title'], bold=True)}\n    {row['source']} · {date} · {row['url']}"
        )
        click.echo(f"    {row['snippet']}")
    if count_by:
        click.echo("")
        _bars(results.counts)


def _bars(counts: dict[str, int], width: int = 40) -> None:
    top = max(counts.values(), default=0) or 1
    for key, n in counts.items():
        click.echo(f"{key:>16} {n:>7} {'█' * max(1, round(n / top * width)) if n else ''}")


def _texts(ctx, ids: list[int]) -> dict[int, str]:
    """Lead and text of the articles shown, for their snippets (a Core query: the ORM is slow to import)."""
    from sqlalchemy import bindparam, text

    if not ids:
        return {}
    query = text("SELECT id, lead, text FROM articles WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
    with _archive(ctx).connect() as connection:
        rows = connection.execute(query, {"ids": ids})
        return {i: f"{lead}\n\n{body}" if lead else body for i, lead, body in rows}


@cli.command(context_settings=QUERY_SETTINGS)
@click.argument("query", nargs=-1, type=click.UNPROCESSED)
@click.option(
    "--format", "-f", "fmt", required=True, type=click.Choice(["jsonl", "csv", "parquet", "warc"]), help="File format."
)
@click.option("--output", "-o", required=True, metavar="PATH", help="File to write ('-': standard output).")
@click.option("--from", "date_from", metavar="DATE", help="Published on or after (DD/MM/YYYY or ISO).")
@click.option("--to", "date_to", metavar="DATE", help="Published on or before.")
@click.option("--union", "union_only", is_flag=True, help="Only union-related articles.")
@click.option(
    "--since-run", type=click.IntRange(min=1), metavar="N", help="Only what the last N crawl runs added or changed."
)
@click.option("--all-versions", is_flag=True, help="One record per version of each article, not only the latest.")
@click.option("--excel", is_flag=True, help="CSV only: start with a UTF-8 BOM so that Excel reads Vietnamese right.")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
@click.pass_context
def export(ctx, query, fmt, output, date_from, date_to, union_only, since_run, all_versions, excel, force) -> None:
    """Export articles as JSONL, CSV, Parquet or WARC, with a manifest beside the file.

    QUERY selects as `search` does (through the index); without one, every article is exported.
    The same selection on the same archive gives the same bytes (JSONL, CSV, Parquet).
    """
    from export.dataset import export as run_export
    from export.formats import STREAMABLE
    from export.output import OutputError
    from export.selection import Selection
    from search.engine import SearchIndexError
    from search.query import QuerySyntaxError

    if excel and fmt != "csv":
        fail("--excel is for --format csv", EXIT_USAGE)
    if output == "-" and fmt not in STREAMABLE:
        fail(f"{fmt} cannot go to standard output: give --output a file name", EXIT_USAGE)
    selection = Selection(" ".join(query), *_date_range(date_from, date_to), union_only, since_run, all_versions)
    with contextlib.ExitStack() as stack:
        bar = None

        def on_count(total: int) -> None:
            nonlocal bar
            bar = stack.enter_context(_progress(total, "exporting"))

        try:
            result = run_export(
                _archive(ctx),
                selection,
                fmt,
                output,
                index_dir=_index_dir(ctx),
                force=force,
                excel=excel,
                command=["cli.py", *sys.argv[1:]],
                progress=lambda n: bar.update(n),
                on_count=on_count,
            )
        except QuerySyntaxError as exc:
            fail(f"bad query: {exc}", EXIT_USAGE)
        except (OutputError, SearchIndexError, ArchiveError) as exc:
            fail(str(exc))
        except BrokenPipeError:
            raise
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror or exc}")
    if result.manifest:
        click.echo(
            f"exported {result.count} records to {output} (sha256 {result.sha256[:12]}…, manifest {result.manifest})"
        )
    else:
        click.echo(f"exported {result.count} records", err=True)


@cli.command()
@click.argument("id_or_url")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def show(ctx, id_or_url: str, as_json: bool) -> None:
    """One article: metadata, text, versions and duplicates."""
    from archive.report import article_details

    details = article_details(_archive(ctx), id_or_url)
    if details is None:
        fail(f"no article {id_or_url!r} in the archive")
    if as_json:
        click.echo(json.dumps(details, ensure_ascii=False, indent=2))
        return
    click.echo(click.style(details["title"], bold=True))
    for key in ("url", "source", "published", "updated", "author", "category", "tags", "union_terms"):
        value = details[key]
        if value:
            click.echo(f"{key:>12}: {', '.join(value) if isinstance(value, list) else value}")
    click.echo("")
    click.echo(details["text"])
    click.echo("")
    for version in details["versions"]:
        how = "re-extracted from the page fetched" if version["origin"] == "reextract" else "fetched"
        click.echo(f"version {version['number']} {how} {version['fetched_at']} ({version['chars']} characters)")
    for other in details["duplicates"]:
        click.echo(f"same story: [{other['id']}] {other['source']} {other['url']}")


@cli.command()
@click.option(
    "--by", type=click.Choice(["year", "month"]), default="year", show_default=True, help="Count per year or month."
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
def stats(ctx, by: str, as_json: bool) -> None:
    """Articles per source and period, per kind and province; newest articles; the last runs."""
    from archive.stats import archive_stats, render_stats

    figures = archive_stats(_archive(ctx), by)
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False))
        return
    for line in render_stats(figures):
        click.echo(line)


@cli.group("archive")
def archive_group() -> None:
    """Manage the archive database itself."""


@archive_group.command("check")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
def archive_check(ctx, as_json: bool) -> None:
    """Check the archive: database integrity, references, every raw response against its sha256,
    version numbering, the search index, and a backup manifest beside the file. Exit 0 clean, 1 not."""
    from sqlalchemy.exc import SQLAlchemyError

    from archive.backup import row_counts, verify_manifest
    from archive.check import Report, check_archive, raw_response_count
    from archive.db import open_archive

    try:
        engine = open_archive(ctx.obj["db_url"], migrate=False, create=False)
    except ArchiveError as exc:
        fail(str(exc))
    index = _index_dir(ctx)
    try:
        with _progress(raw_response_count(engine), "checking raw responses") as bar:
            report = check_archive(engine, index if index.exists() else None, bar.update)
        if engine.dialect.name == "sqlite" and report.clean:
            report.add("backup manifest", verify_manifest(Path(engine.url.database), row_counts(engine)))
    except SQLAlchemyError as exc:
        report = Report()
        report.add("database integrity", [str(getattr(exc, "orig", None) or exc).splitlines()[0]])
    if as_json:
        click.echo(json.dumps({"clean": report.clean, "checks": report.checks}, ensure_ascii=False))
    else:
        for name, problems in report.checks.items():
            click.echo(f"{'ok' if not problems else 'PROBLEM':<8} {name}")
            for problem in problems:
                click.echo(f"         {problem}")
        click.echo("the archive is sound" if report.clean else "problems found: restore a backup (docs/operations.md)")
    sys.exit(0 if report.clean else 1)


@archive_group.command("backup")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace an existing backup.")
@click.pass_context
def archive_backup(ctx, path: Path, force: bool) -> None:
    """Copy the archive to PATH while crawls may run (SQLite's online backup, or pg_dump for
    PostgreSQL), with PATH.manifest.json (row counts, sha256) that `archive check` verifies."""
    from archive.backup import backup

    try:
        manifest = backup(_archive(ctx), path, force)
    except ArchiveError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot write {path}: {exc.strerror or exc}")
    counts = ", ".join(f"{n} {t}" for t, n in manifest["counts"].items())
    click.echo(f"backed up to {path} ({manifest['bytes'] / 1e6:.1f} MB, sha256 {manifest['sha256'][:12]}…): {counts}")


@archive_group.command("migrate-to")
@click.argument("url")
@click.pass_context
def migrate_to(ctx, url: str) -> None:
    """Copy the whole archive (ids, versions, raw responses, runs) into an empty database at URL,
    e.g. postgresql+psycopg://user@host/congdoan. Stop crawls first; the source is left as it is."""
    from archive.db import open_archive
    from archive.migrate import copy_archive, row_counts

    source = _archive(ctx)
    if source.url.render_as_string(hide_password=False) == url:
        fail("the target is the archive itself", EXIT_USAGE)
    try:
        target = open_archive(url)
        total = sum(row_counts(source).values())
        with _progress(total, "copying") as bar:
            copied = copy_archive(source, target, progress=bar.update)
    except ArchiveError as exc:
        fail(str(exc))
    summary = ", ".join(f"{n} {name}" for name, n in copied.items())
    click.echo(f"copied {summary} into {target.url.render_as_string(hide_password=True)}")
    click.echo("use it with --db URL or CONGDOAN_DB_URL; the search index needs no rebuild (same ids)")


def _profile_for(url: str):
    """The profile whose domains include the URL's host, if any."""
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "").removeprefix("www.")
    for profile in load_profiles().values():
        if any(host == d or host.endswith("." + d) for d in profile.domains):
            return profile
    return None


def main() -> None:
    """The `congdoan` command (and `python cli.py`)."""
    cli()


if __name__ == "__main__":
    main()
