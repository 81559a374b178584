"""Read-only summaries of the archive for the command line."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive.db import open_archive
from archive.models import Article, Source


def per_source(archive_url: str) -> list[tuple[str, int, int, datetime | None]]:
    """(source, articles, union-related, newest publication date) for every source."""
    engine = open_archive(archive_url)
    with Session(engine, expire_on_commit=False) as session:
        union = func.sum(func.cast(Article.union_related, type_=func.count().type))
        rows = session.execute(
            select(Source.name, func.count(Article.id), union, func.max(Article.published))
            .join(Article, Article.source_id == Source.id, isouter=True)
            .group_by(Source.name)
            .order_by(Source.name)
        )
        return [(name, total, int(u or 0), newest) for name, total, u, newest in rows]


def sample_articles(archive_url: str, limit: int) -> list[Article]:
    engine = open_archive(archive_url)
    with Session(engine, expire_on_commit=False) as session:
        query = (
            select(Article)
            .where(Article.union_related, Article.published.is_not(None))
            .order_by(Article.published.desc())
            .limit(limit)
        )
        return list(session.scalars(query))
