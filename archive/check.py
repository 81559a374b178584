"""Checking an archive kept for years: the database's own integrity, references between tables,
every raw response against its hash, version numbering, and (given one) the search index."""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from archive.models import Article, ArticleVersion, RawResponse

MAX_LISTED = 10  # problems of one kind listed one by one; the rest are counted


@dataclass
class Report:
    """What `archive check` found: each check's name with its problems (empty: passed)."""

    checks: dict[str, list[str]] = field(default_factory=dict)

    @property
    def clean(self) -> bool:
        return not any(self.checks.values())

    def add(self, name: str, problems: list[str]) -> None:
        listed = problems[:MAX_LISTED]
        if len(problems) > MAX_LISTED:
            listed.append(f"… and {len(problems) - MAX_LISTED} more")
        self.checks[name] = listed


def _database(engine: Engine) -> list[str]:
    from archive.db import missing_tables

    if missing := missing_tables(engine):
        return [f"missing tables: {', '.join(missing)}"]
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            rows = [r[0] for r in connection.execute(text("PRAGMA integrity_check"))]
            return [] if rows == ["ok"] else rows
        connection.execute(text("SELECT count(*) FROM articles")).scalar()  # every page of the table read
        return []


_REFERENCES = [
    ("articles.source_id", "SELECT a.id FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE s.id IS NULL"),
    (
        "article_versions.article_id",
        "SELECT v.id FROM article_versions v LEFT JOIN articles a ON a.id = v.article_id WHERE a.id IS NULL",
    ),
    (
        "articles.raw_response_id",
        "SELECT a.id FROM articles a LEFT JOIN raw_responses r ON r.id = a.raw_response_id "
        "WHERE a.raw_response_id IS NOT NULL AND r.id IS NULL",
    ),
    (
        "article_versions.raw_response_id",
        "SELECT v.id FROM article_versions v LEFT JOIN raw_responses r ON r.id = v.raw_response_id "
        "WHERE v.raw_response_id IS NOT NULL AND r.id IS NULL",
    ),
]


def _references(engine: Engine) -> list[str]:
    problems = []
    with engine.connect() as connection:
        for name, query in _REFERENCES:
            problems += [f"{name} of row {row[0]} points nowhere" for row in connection.execute(text(query))]
    return problems


def _raw_responses(engine: Engine, progress: Callable[[int], None] | None) -> list[str]:
    problems = []
    with Session(engine) as session:
        query = select(RawResponse.id, RawResponse.body, RawResponse.sha256, RawResponse.body_size)
        for raw_id, body, digest, size in session.execute(query.execution_options(yield_per=500)):
            try:
                data = zlib.decompress(body)
            except zlib.error:
                problems.append(f"raw response {raw_id} does not decompress")
            else:
                if hashlib.sha256(data).hexdigest() != digest or len(data) != size:
                    problems.append(f"raw response {raw_id} does not match its sha256")
            if progress:
                progress(1)
    return problems


def _versions(engine: Engine) -> list[str]:
    with Session(engine) as session:
        numbering = (
            select(
                ArticleVersion.article_id,
                func.count(ArticleVersion.id),
                func.min(ArticleVersion.number),
                func.max(ArticleVersion.number),
            )
            .group_by(ArticleVersion.article_id)
            .subquery()
        )
        rows = session.execute(
            select(Article.id, Article.version_count, numbering.c[1], numbering.c[2], numbering.c[3]).join(
                numbering, numbering.c.article_id == Article.id, isouter=True
            )
        )
        return [
            f"article {article_id}: versions {low}…{high} ({found or 0} rows) for version_count {count}"
            for article_id, count, found, low, high in rows
            if not (found == count == high and low == 1)
        ]


def raw_response_count(engine: Engine) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count(RawResponse.id))) or 0


def check_archive(engine: Engine, index: Path | None = None, progress: Callable[[int], None] | None = None) -> Report:
    """Every check, in order; a database too damaged to read reports that and stops."""
    report = Report()
    report.add("database integrity", _database(engine))
    if not report.clean:
        return report
    report.add("references between tables", _references(engine))
    report.add("raw responses against their sha256", _raw_responses(engine, progress))
    report.add("versions numbered 1…N without gaps", _versions(engine))
    if index is not None:
        from search.engine import SearchIndexError
        from search.sync import check

        try:
            drift = check(engine, index)
        except SearchIndexError as exc:
            report.add("search index", [str(exc)])
        else:
            report.add(
                "search index",
                [f"{len(getattr(drift, n))} articles {n}" for n in ("missing", "extra", "stale") if getattr(drift, n)],
            )
    return report
