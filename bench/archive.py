"""Archive write throughput: the crawl's batched writer into SQLite and into PostgreSQL, same articles.

Generates N replica articles with a raw response each, then times ``ArchiveWriter`` (batches of 200,
as a crawl writes) into a fresh SQLite file and a fresh PostgreSQL database, several times, and
prints the median articles/s of each and PostgreSQL's ratio to SQLite.

    python -m bench.archive [--articles 20000] [--runs 3] [--postgres postgresql+psycopg://postgres@127.0.0.1/postgres]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from archive.db import database_url, open_archive
from archive.store import ArchiveWriter, Fetched
from extraction.article import Article
from replicas.corpus import page_html
from replicas.generator import SITES, generate


def corpus(count: int) -> list[tuple[str, Fetched, Article]]:
    items = []
    for site in SITES:
        for a in generate(site, count // len(SITES), seed=3):
            url = f"http://{site}.example/{a.id}.html"
            body = page_html(a.title, [a.lead, *a.paragraphs])
            headers = [("Content-Type", "text/html; charset=utf-8")]
            text = "\n\n".join([a.lead, *a.paragraphs])
            article = Article(url, url, a.title, a.lead, text, a.author, a.published, category=a.category, tags=a.tags)
            items.append((site, Fetched(url, 200, headers, body, datetime.now(UTC)), article))
    return items


def write(url: str, items) -> float:
    engine = open_archive(url)
    writer = ArchiveWriter(engine, None)
    sources = {site: writer.source_id(site) for site in SITES}
    started = time.perf_counter()
    for site, page, article in items:
        writer.add_article(sources[site], page.url, page, article)
    writer.flush()
    seconds = time.perf_counter() - started
    engine.dispose()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--postgres", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()
    items = corpus(args.articles)
    admin = sa.create_engine(args.postgres, isolation_level="AUTOCOMMIT")
    timings: dict[str, list[float]] = {"sqlite": [], "postgresql": []}
    for run in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            timings["sqlite"].append(write(database_url(Path(tmp)), items))
        name = f"congdoan_bench_{run}"
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
        try:
            url = sa.make_url(args.postgres).set(database=name).render_as_string(hide_password=False)
            timings["postgresql"].append(write(url, items))
        finally:
            with admin.connect() as connection:
                connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    rates = {name: len(items) / statistics.median(t) for name, t in timings.items()}
    print(f"{len(items)} articles with raw responses, batches of 200, median of {args.runs} runs")
    print(f"{'backend':<11} {'articles/s':>10} {'vs sqlite':>9}")
    for name, rate in rates.items():
        print(f"{name:<11} {rate:>10.0f} {rate / rates['sqlite']:>9.2f}")


if __name__ == "__main__":
    main()
