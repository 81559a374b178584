"""congdoan-archive: crawl, extract, archive and search Vietnamese provincial trade-union news."""

from __future__ import annotations

import json
import os
import sys
import urllib.error
import urllib.request
from pathlib import Path

import click

from archive.db import ArchiveError, database_url
from extraction.dates import VN_TZ as VN
from sources import ProfileError, get_profile, load_profiles

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
USER_AGENT = "Mozilla/5.0 (compatible; congdoan-archive/0.1; +https://github.com/congdoan-archive)"


def fail(message: str, code: int = EXIT_FAILURE) -> None:
    """Print a one-line reason on stderr and exit non-zero."""
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
            }
            for p in profiles.values()
        ]
        click.echo(json.dumps({"sources": rows}, ensure_ascii=False, indent=2))
        return
    width = max(len(name) for name in profiles)
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
    return (
        f"run {run.id} {run.status}: {run.pages} pages, {run.new} new, {run.changed} changed, "
        f"{run.unchanged} unchanged, {run.failed} failed in {seconds:.1f}s (log: {run.log_path})"
    )


@cli.command()
@click.argument("source_names", nargs=-1, metavar="[SOURCE]...")
@click.option("--url", help="Crawl one site that has no profile, with generic discovery and extraction.")
@click.option("--base-url", multiple=True, metavar="NAME=URL", help="Crawl source NAME at another address (a mirror).")
@click.option("--since", help="Stop following listings and sitemaps past this date (DD/MM/YYYY or ISO).")
@click.option(
    "--delay", type=click.FloatRange(min=0), help="Seconds between requests to a site; 0 turns throttling off."
)
@click.option("--refresh", is_flag=True, help="Revalidate known articles (conditional requests) to catch edits.")
@click.option("--max-pages", type=click.IntRange(min=1), help="Stop a source after this many pages.")
@click.option("--timeout", type=click.FloatRange(min=0.1), help="Seconds before a request times out (default 30).")
@click.option("--quiet", is_flag=True, help="Print one summary line (for cron).")
@click.pass_context
def crawl(ctx, source_names, url, base_url, since, delay, refresh, max_pages, timeout, quiet) -> None:
    """Crawl sources (all of them by default) into the archive.

    Exit codes: 0 success, 1 failure, 2 usage error, 3 partial (some pages failed), 75 another crawl
    holds the lock, 130 interrupted.
    """
    from crawler.run import EXIT_LOCKED, CrawlLockedError, CrawlOptions, run_crawl

    try:
        known = load_profiles()
        if url and source_names:
            fail("give SOURCE names or --url, not both", EXIT_USAGE)
        unknown = [name for name in source_names if name not in known]
        if unknown:
            fail(f"no source named {unknown[0]!r} (known: {', '.join(known)})", EXIT_USAGE)
        options = CrawlOptions(
            sources=[] if url else list(source_names or known),
            url=url,
            base_urls=_pairs(base_url),
            since=since,
            delay=delay,
            refresh=refresh,
            max_pages=max_pages,
            timeout=timeout,
        )
        run, seconds = run_crawl(ctx.obj["data_dir"], ctx.obj["db_url"], options)
    except CrawlLockedError as exc:
        fail(str(exc), EXIT_LOCKED)
    except (ArchiveError, ProfileError) as exc:
        fail(str(exc))
    click.echo(_summary_line(run, seconds))
    if not quiet and run.failed:
        click.echo(f"see the failures with: python cli.py runs --failures {run.id}")
    sys.exit(run.exit_code)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=1))
@click.option("--failures", "failures_of", type=int, metavar="RUN_ID", help="List the failures of one run.")
@click.pass_context
def runs(ctx, as_json: bool, limit: int, failures_of: int | None) -> None:
    """List past crawl runs, newest first."""
    from crawler.run import failures, recent_runs

    try:
        if failures_of is not None:
            for failure in failures(ctx.obj["db_url"], failures_of):
                click.echo(f"{failure.status or '-':>4}  {failure.reason:<40}  {failure.url}")
            return
        rows = recent_runs(ctx.obj["db_url"], limit)
    except ArchiveError as exc:
        fail(str(exc))
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
        }
        for r in rows
    ]
    if as_json:
        click.echo(json.dumps({"runs": records}, ensure_ascii=False))
        return
    click.echo(
        f"{'id':>4}  {'started (UTC)':<19}  {'status':<11}  {'pages':>6}  {'new':>5}  {'chg':>4}  {'same':>5}  {'fail':>4}"
    )
    for r in records:
        click.echo(
            f"{r['id']:>4}  {r['started'][:19]:<19}  {r['status']:<11}  {r['pages']:>6}  {r['new']:>5}  "
            f"{r['changed']:>4}  {r['unchanged']:>5}  {r['failed']:>4}"
        )


@cli.command()
@click.option("--port", default=8901, show_default=True, help="First loopback port; the five replicas use five.")
@click.pass_context
def demo(ctx, port: int) -> None:
    """Serve the bundled replicas on loopback, crawl them all into the archive, show what came in."""
    from crawler.run import CrawlLockedError, CrawlOptions, run_crawl
    from replicas.catalog import BUILDERS, build_site
    from replicas.server import serve_all

    sites = [build_site(key) for key in BUILDERS]
    try:
        with serve_all(sites, first_port=port) as servers:
            click.echo("Replicas on loopback: " + ", ".join(f"{k} {s.base_url}" for k, s in servers.items()))
            options = CrawlOptions(
                sources=list(servers), base_urls={k: s.base_url for k, s in servers.items()}, delay=0
            )
            run, seconds = run_crawl(ctx.obj["data_dir"], ctx.obj["db_url"], options)
    except OSError as exc:
        fail(f"cannot serve the replicas on ports {port}-{port + len(sites) - 1}: {exc.strerror}")
    except (CrawlLockedError, ArchiveError) as exc:
        fail(str(exc))
    click.echo(_summary_line(run, seconds))
    _show_archive_sample(ctx.obj["db_url"])
    sys.exit(run.exit_code)


def _show_archive_sample(db_url: str) -> None:
    from archive.report import per_source, sample_articles

    click.echo("\nArchive by source:")
    for name, total, union, newest in per_source(db_url):
        click.echo(f"  {name:<16} {total:>6} articles  {union:>6} union-related  newest {newest or '-'}")
    click.echo("\nNewest union articles:")
    for article in sample_articles(db_url, 3):
        date = article.published.astimezone(VN).strftime("%d/%m/%Y") if article.published else "?"
        click.echo(f"  [{article.id}] {date}  {article.title}")
        click.echo(f"        {article.lead[:160] or article.text[:160]}…")


def _profile_for(url: str):
    """The profile whose domains include the URL's host, if any."""
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "").removeprefix("www.")
    for profile in load_profiles().values():
        if any(host == d or host.endswith("." + d) for d in profile.domains):
            return profile
    return None


if __name__ == "__main__":
    cli()
