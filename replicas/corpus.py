"""A large archive without crawling: generated replica articles written straight into the archive
tables, as a crawl would leave them (for benchmarks and for tests that need volume)."""

from __future__ import annotations

import hashlib
import html
import zlib
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert, select

from archive.db import open_archive
from archive.models import Article, ArticleVersion, RawResponse, Source
from archive.store import fingerprint
from extraction.relevance import union_terms
from replicas.generator import SITES, generate
from sources import load_profiles

BATCH = 2000


def page_html(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head><body><h1>{html.escape(title)}</h1>{body}</body></html>".encode()


def fill_archive(url: str, count: int, raw: bool = False, seed: int = 1, start_id: int = 1000) -> int:
    """Add `count` generated articles (spread over the five replica sites) to the archive at `url`,
    each with one version and, when `raw`, a raw response holding a small HTML page. Called again, give
    another `start_id` (article ids, hence URLs, start there). Returns the count."""
    engine = open_archive(url)
    profiles = load_profiles()
    fetched = datetime(2025, 1, 1, tzinfo=UTC)
    per_site = count // len(SITES)
    with engine.begin() as connection:
        for n, site in enumerate(SITES):
            profile = profiles[site]
            source_id = connection.scalar(select(Source.id).where(Source.name == site)) or connection.scalar(
                insert(Source).returning(Source.id),
                {"name": site, "title": profile.title, "province": profile.province, "kind": profile.kind},
            )
            size = per_site + (count % len(SITES) if n == 0 else 0)
            articles = generate(site, size, seed=seed, start_id=start_id)
            for start in range(0, len(articles), BATCH):
                rows, versions, raws = [], [], []
                for a in articles[start : start + BATCH]:
                    text = "\n\n".join([a.lead, *a.paragraphs])
                    at = fetched + timedelta(seconds=a.id)
                    page = f"http://{site}.example/{a.id}.html"
                    rows.append(
                        {
                            "source_id": source_id,
                            "canonical_url": page,
                            "url": page,
                            "title": a.title,
                            "lead": a.lead,
                            "text": text,
                            "author": a.author,
                            "published": a.published,
                            "category": a.category,
                            "tags": a.tags,
                            "images": [],
                            "language": "vi",
                            "union_related": a.union,
                            "union_terms": union_terms(text),
                            "fingerprint": fingerprint(text),
                            "first_fetched": at,
                            "last_fetched": at,
                            "last_modified_at": at,
                        }
                    )
                    if raw:
                        body = page_html(a.title, [a.lead, *a.paragraphs])
                        headers = [["Content-Type", "text/html; charset=utf-8"], ["Content-Length", str(len(body))]]
                        raws.append(
                            {
                                "url": page,
                                "status": 200,
                                "headers": headers,
                                "body": zlib.compress(body, 6),
                                "body_size": len(body),
                                "sha256": hashlib.sha256(body).hexdigest(),
                                "fetched_at": at,
                            }
                        )
                raw_ids = [None] * len(rows)
                if raws:
                    returning = insert(RawResponse).returning(RawResponse.id, sort_by_parameter_order=True)
                    raw_ids = connection.execute(returning, raws).scalars().all()
                for row, raw_id in zip(rows, raw_ids, strict=True):
                    row["raw_response_id"] = raw_id
                returning = insert(Article).returning(Article.id, sort_by_parameter_order=True)
                ids = connection.execute(returning, rows).scalars().all()
                for article_id, row in zip(ids, rows, strict=True):
                    versions.append(
                        {
                            "article_id": article_id,
                            "number": 1,
                            "fetched_at": row["first_fetched"],
                            "fingerprint": row["fingerprint"],
                            **{k: row[k] for k in ("title", "lead", "text", "author", "published", "raw_response_id")},
                        }
                    )
                connection.execute(insert(ArticleVersion), versions)
    engine.dispose()  # closes the connections, so SQLite checkpoints and drops its write-ahead log
    return count
