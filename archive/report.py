"""Read-only summaries of the archive for the command line."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, case, func, select
from sqlalchemy.orm import Session

from archive.models import Article, CrawlRun, FetchFailure, Source


def per_source(engine: Engine) -> list[tuple[str, int, int, datetime | None]]:
    """(source, articles, union-related, newest publication date) for every source."""
    with Session(engine, expire_on_commit=False) as session:
        union = func.sum(case((Article.union_related, 1), else_=0))
        rows = session.execute(
            select(Source.name, func.count(Article.id), union, func.max(Article.published))
            .join(Article, Article.source_id == Source.id, isouter=True)
            .group_by(Source.name)
            .order_by(Source.name)
        )
        return [(name, total, int(u or 0), newest) for name, total, u, newest in rows]


def sample_articles(engine: Engine, limit: int) -> list[Article]:
    """The newest union-related articles with a date."""
    with Session(engine, expire_on_commit=False) as session:
        query = (
            select(Article)
            .where(Article.union_related, Article.published.is_not(None))
            .order_by(Article.published.desc())
            .limit(limit)
        )
        return list(session.scalars(query))


def recent_runs(engine: Engine, limit: int = 20) -> list[CrawlRun]:
    with Session(engine, expire_on_commit=False) as session:
        return list(session.scalars(select(CrawlRun).order_by(CrawlRun.id.desc()).limit(limit)))


def run_exists(engine: Engine, run_id: int) -> bool:
    with Session(engine) as session:
        return session.get(CrawlRun, run_id) is not None


def failures(engine: Engine, run_id: int) -> list[FetchFailure]:
    with Session(engine, expire_on_commit=False) as session:
        query = select(FetchFailure).where(FetchFailure.run_id == run_id).order_by(FetchFailure.id)
        return list(session.scalars(query))


def article_details(engine: Engine, id_or_url: str) -> dict | None:
    """Everything about one article, by id or URL: fields, versions, and its copies on other sites."""
    from sqlalchemy import or_

    from extraction.dates import vn_iso as when

    with Session(engine) as session:
        if id_or_url.isdigit():
            article = session.get(Article, int(id_or_url))
        else:
            article = session.scalar(
                select(Article).where(or_(Article.canonical_url == id_or_url, Article.url == id_or_url))
            )
        if article is None:
            return None
        root = article.duplicate_of_id or article.id
        copies = session.scalars(
            select(Article).where(or_(Article.id == root, Article.duplicate_of_id == root), Article.id != article.id)
        ).all()
        return {
            "id": article.id,
            "url": article.canonical_url,
            "source": article.source.name,
            "title": article.title,
            "lead": article.lead,
            "text": article.text,
            "author": article.author,
            "published": when(article.published),
            "updated": when(article.updated),
            "category": article.category,
            "tags": article.tags,
            "union_terms": article.union_terms,
            "views": article.views,
            "first_fetched": when(article.first_fetched),
            "last_fetched": when(article.last_fetched),
            "versions": [
                {
                    "number": v.number,
                    "fetched_at": when(v.fetched_at),
                    "origin": v.origin,
                    "title": v.title,
                    "chars": len(v.text),
                }
                for v in article.versions
            ],
            "duplicates": [{"id": c.id, "source": c.source.name, "url": c.canonical_url} for c in copies],
        }
