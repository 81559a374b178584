"""Keeping the index in step with the archive, which it is derived from and never feeds.

The cursor is the highest article-version id indexed, kept in the archive (table search_state).
Version ids are handed out before their transaction commits, so a sync also re-reads the last
OVERLAP versions below the cursor: re-indexing an article is harmless, missing one is not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from archive.models import Article, ArticleVersion, SearchState, Source
from archive.upsert import insert_for
from search.engine import IndexDocument
from search.engines import create_engine, index_exists, open_engine, recorded_engine, replace_index

CURSOR = "whoosh_version_cursor"
OVERLAP = 1000
BATCH = 1000


@dataclass(frozen=True)
class Drift:
    """How the index differs from the archive."""

    missing: list[int]  # in the archive, not in the index
    extra: list[int]  # in the index, not in the archive
    stale: list[int]  # in both, with different text

    @property
    def clean(self) -> bool:
        return not (self.missing or self.extra or self.stale)


def _documents(session: Session, where=None) -> Iterator[IndexDocument]:
    # Plain columns, not ORM objects: a rebuild reads every article, and building objects costs more
    # than indexing them in tantivy.
    query = (
        select(
            Article.id,
            Article.canonical_url,
            Source.name,
            Source.province,
            Source.kind,
            Article.title,
            Article.lead,
            Article.text,
            Article.author,
            Article.category,
            Article.tags,
            Article.union_related,
            Article.published,
            Article.fingerprint,
        )
        .join(Source, Article.source_id == Source.id)
        .order_by(Article.id)
    )
    if where is not None:
        query = query.where(where)
    for row in session.execute(query.execution_options(yield_per=BATCH)):
        yield IndexDocument(*row[:10], list(row.tags or []), *row[11:])


def article_count(archive: Engine) -> int:
    with Session(archive) as session:
        return session.scalar(select(func.count(Article.id))) or 0


def _cursor(session: Session) -> int:
    state = session.get(SearchState, CURSOR)
    return int(state.value) if state else 0


def _save_cursor(session: Session, value: int) -> None:
    statement = insert_for(session, SearchState).values(key=CURSOR, value=str(value))
    session.execute(statement.on_conflict_do_update(index_elements=["key"], set_={"value": statement.excluded.value}))


def sync(archive: Engine, path: Path, progress: Callable[[int], None] | None = None) -> int:
    """Index the articles added or changed since the last sync; returns how many were (re)indexed."""
    if not index_exists(path):
        return rebuild(archive, path, progress=progress)
    engine = open_engine(path)
    with Session(archive) as session:
        cursor = _cursor(session)
        newest = session.scalar(select(func.max(ArticleVersion.id))) or 0
        if newest <= cursor:
            return 0
        changed = select(ArticleVersion.article_id).where(ArticleVersion.id > max(0, cursor - OVERLAP))
        documents = list(_documents(session, Article.id.in_(changed)))
    engine.add(documents, progress)
    with Session(archive) as session, session.begin():
        _save_cursor(session, newest)
    return len(documents)


def rebuild(
    archive: Engine,
    path: Path,
    procs: int = 1,
    progress: Callable[[int], None] | None = None,
    engine: str | None = None,
) -> int:
    """A new index of the whole archive in `engine` (default: the one the index has now), built
    aside and swapped in; returns the number of articles."""
    fresh = path.with_name(path.name + ".new")
    count = article_count(archive)
    with Session(archive) as session:
        newest = session.scalar(select(func.max(ArticleVersion.id))) or 0
        index = create_engine(engine or recorded_engine(path), fresh)
        index.add(_documents(session), progress, procs=procs, fresh=True)
    replace_index(fresh, path)
    with Session(archive) as session, session.begin():
        _save_cursor(session, newest)
    return count


def check(archive: Engine, path: Path) -> Drift:
    """Compare the index with the archive, article by article (id and content fingerprint)."""
    engine = open_engine(path)
    indexed = engine.fingerprints()
    with Session(archive) as session:
        archived = {i: engine.comparable(fp) for i, fp in session.execute(select(Article.id, Article.fingerprint))}
    return Drift(
        missing=sorted(set(archived) - set(indexed)),
        extra=sorted(set(indexed) - set(archived)),
        stale=sorted(i for i in set(archived) & set(indexed) if archived[i] != indexed[i]),
    )
