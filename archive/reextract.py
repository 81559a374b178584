"""Re-running the current extraction over the archived raw responses of the current versions.

An article whose extracted fields change gets a new version marked ``origin="reextract"`` (the same
raw response, a newer extractor): nothing is overwritten, `show` and exports tell the two kinds of
version apart. Work is committed a batch at a time, so an interrupted run loses at most a batch, and
running again (with the same code) finishes it: already re-extracted articles no longer change.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import Engine, insert, select
from sqlalchemy.orm import Session

from archive.models import Article, ArticleVersion, CrawlRun, RawResponse, Source, utcnow
from archive.store import ARTICLE_FIELDS, article_fingerprint, article_values
from extraction.article import extract_article
from extraction.errors import ExtractionError
from extraction.rules import ExtractionRules

BATCH = 200
EXAMPLES = 5


@dataclass
class Summary:
    """What a re-extraction found (or, with --dry-run, would change)."""

    examined: int = 0
    changed: int = 0
    failed: int = 0
    fields: Counter = field(default_factory=Counter)
    examples: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "examined": self.examined,
            "changed": self.changed,
            "failed": self.failed,
            "fields": dict(self.fields.most_common()),
            "examples": self.examples,
        }


def _selected(session: Session, sources: Iterable[str], since_run: int | None):
    query = select(Article.id).join(Source, Article.source_id == Source.id).order_by(Article.id)
    if sources:
        query = query.where(Source.name.in_(list(sources)))
    if since_run:
        runs = select(CrawlRun.id).order_by(CrawlRun.id.desc()).limit(since_run)
        changed = select(ArticleVersion.article_id).where(ArticleVersion.run_id.in_(runs))
        query = query.where(Article.id.in_(changed))
    return list(session.scalars(query))


def _content_type(headers: list) -> str:
    return next((value for name, value in headers if name.lower() == "content-type"), "")


def count(engine: Engine, sources: Iterable[str] = (), since_run: int | None = None) -> int:
    """How many articles a re-extraction with these filters examines."""
    with Session(engine) as session:
        return len(_selected(session, sources, since_run))


def reextract(
    engine: Engine,
    rules_for: Callable[[str], ExtractionRules],
    sources: Iterable[str] = (),
    since_run: int | None = None,
    dry_run: bool = False,
    progress: Callable[[int], None] | None = None,
) -> Summary:
    """Extract the current version of every selected article again; new versions where fields changed."""
    summary = Summary()
    with Session(engine) as session:
        ids = _selected(session, sources, since_run)
    for start in range(0, len(ids), BATCH):
        with Session(engine) as session, session.begin():
            rows = session.execute(
                select(Article, Source.name, RawResponse)
                .join(Source, Article.source_id == Source.id)
                .join(RawResponse, Article.raw_response_id == RawResponse.id)
                .where(Article.id.in_(ids[start : start + BATCH]))
                .order_by(Article.id)
                .with_for_update(of=Article)
            ).all()
            for article, source, raw in rows:
                _one(session, article, source, raw, rules_for, summary, dry_run)
        if progress:
            progress(len(ids[start : start + BATCH]))
    return summary


def _one(session, article: Article, source: str, raw: RawResponse, rules_for, summary: Summary, dry_run: bool) -> None:
    summary.examined += 1
    try:
        body = zlib.decompress(raw.body)
        extracted = extract_article(body, raw.url, content_type=_content_type(raw.headers), rules=rules_for(source))
    except (ExtractionError, zlib.error):
        summary.failed += 1
        return
    values = article_values(extracted)
    changed = [name for name in (*ARTICLE_FIELDS, "images") if values[name] != getattr(article, name)]
    if not changed:
        return
    summary.changed += 1
    summary.fields.update(changed)
    if len(summary.examples) < EXAMPLES:
        summary.examples.append({"id": article.id, "url": article.canonical_url, "fields": changed})
    if dry_run:
        return
    fingerprint = article_fingerprint(extracted)
    for name, value in values.items():
        setattr(article, name, value)
    article.fingerprint = fingerprint
    article.version_count += 1
    article.last_modified_at = utcnow()
    session.execute(
        insert(ArticleVersion),
        [
            {
                "article_id": article.id,
                "number": article.version_count,
                "fetched_at": raw.fetched_at,
                "run_id": None,
                "fingerprint": fingerprint,
                "title": extracted.title,
                "lead": extracted.lead,
                "text": extracted.text,
                "author": extracted.author,
                "published": extracted.published,
                "raw_response_id": raw.id,
                "origin": "reextract",
            }
        ],
    )
