"""congdoan-archive: crawl, extract, archive and search Vietnamese provincial trade-union news."""

from __future__ import annotations

import json
import os
import sys
import urllib.error
import urllib.request
from pathlib import Path

import click

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
@click.pass_context
def cli(ctx: click.Context, data_dir: Path) -> None:
    """Archive of Vietnamese provincial trade-union news."""
    ctx.obj = {"data_dir": data_dir}


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
            {"name": p.name, "title": p.title, "province": p.province, "kind": p.kind,
             "platform": p.platform, "base_url": p.base_url}
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
