"""The archive's tables (SQLAlchemy 2.x typed models). The archive is the source of truth."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


class AwareDateTime(TypeDecorator):
    """Timezone-aware datetimes on every backend: stored as UTC, read back as UTC-aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the archive")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar = {datetime: AwareDateTime, dict: JSON, list: JSON}


class Source(Base):
    """A site: a registry profile, or a host crawled ad hoc with ``crawl --url``."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    province: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[str] = mapped_column(String(20), default="")
    base_url: Mapped[str] = mapped_column(Text, default="")


class CrawlRun(Base):
    """One crawl: what it did, how it ended."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    started: Mapped[datetime] = mapped_column(default=utcnow)
    finished: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(20), default="running")
    exit_code: Mapped[int | None]
    sources: Mapped[list] = mapped_column(default=list)
    pid: Mapped[int | None]
    host: Mapped[str] = mapped_column(String(255), default="", server_default="")
    log_path: Mapped[str] = mapped_column(Text, default="")
    pages: Mapped[int] = mapped_column(default=0)
    new: Mapped[int] = mapped_column(default=0)
    changed: Mapped[int] = mapped_column(default=0)
    unchanged: Mapped[int] = mapped_column(default=0)
    failed: Mapped[int] = mapped_column(default=0)
    gone: Mapped[int] = mapped_column(default=0, server_default="0")  # pages that answered 404 or 410
    # Discovered everything it was asked to (and so saved its validators); False: the next run carries on.
    complete: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    def finish(self, status: str, exit_code: int, complete: bool) -> None:
        """Record how the run ended."""
        self.finished, self.status, self.exit_code, self.complete = utcnow(), status, exit_code, complete


class RawResponse(Base):
    """A fetched response exactly as received: status line, headers, zlib-compressed body."""

    __tablename__ = "raw_responses"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"), index=True)
    url: Mapped[str] = mapped_column(Text)
    status: Mapped[int]
    protocol: Mapped[str] = mapped_column(String(16), default="HTTP/1.1")
    headers: Mapped[list] = mapped_column(default=list)  # [[name, value], ...] in received order
    body: Mapped[bytes] = mapped_column(LargeBinary)
    body_size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)


class Article(Base):
    """The current state of one article (one per canonical URL); history lives in its versions."""

    __tablename__ = "articles"
    __table_args__ = (Index("ix_articles_source_published", "source_id", "published"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    canonical_url: Mapped[str] = mapped_column(Text, unique=True)
    url: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")
    lead: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[datetime | None] = mapped_column(index=True)
    updated: Mapped[datetime | None]
    category: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list] = mapped_column(default=list)
    images: Mapped[list] = mapped_column(default=list)
    language: Mapped[str] = mapped_column(String(12), default="")
    views: Mapped[int | None]
    union_related: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    union_terms: Mapped[list] = mapped_column(default=list)
    fingerprint: Mapped[str] = mapped_column(String(40), index=True)
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))
    first_fetched: Mapped[datetime] = mapped_column(default=utcnow)
    last_fetched: Mapped[datetime] = mapped_column(default=utcnow)
    last_modified_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)  # last new or changed
    etag: Mapped[str] = mapped_column(Text, default="")
    http_last_modified: Mapped[str] = mapped_column(Text, default="")
    version_count: Mapped[int] = mapped_column(Integer, default=1)
    raw_response_id: Mapped[int | None] = mapped_column(ForeignKey("raw_responses.id"))

    source: Mapped[Source] = relationship()
    versions: Mapped[list[ArticleVersion]] = relationship(
        back_populates="article", order_by="ArticleVersion.number", cascade="all, delete-orphan"
    )


class ArticleVersion(Base):
    """One text of an article as it was fetched; a new one is added whenever the text changes."""

    __tablename__ = "article_versions"
    __table_args__ = (UniqueConstraint("article_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    number: Mapped[int]
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))
    fingerprint: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(Text, default="")
    lead: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[datetime | None]
    raw_response_id: Mapped[int | None] = mapped_column(ForeignKey("raw_responses.id"))
    # "fetch": the text as fetched; "reextract": the same raw response extracted again (`cli.py reextract`).
    origin: Mapped[str] = mapped_column(String(12), default="fetch", server_default="fetch")

    article: Mapped[Article] = relationship(back_populates="versions")


class Page(Base):
    """A non-article URL seen by crawls (listing, feed, sitemap, other) with its HTTP validators."""

    __tablename__ = "pages"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"))
    kind: Mapped[str] = mapped_column(String(20), default="")
    etag: Mapped[str] = mapped_column(Text, default="")
    http_last_modified: Mapped[str] = mapped_column(Text, default="")
    last_status: Mapped[int | None]
    last_fetched: Mapped[datetime] = mapped_column(default=utcnow)


class FetchFailure(Base):
    """A URL a run could not fetch or extract, and why."""

    __tablename__ = "fetch_failures"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"), index=True)
    url: Mapped[str] = mapped_column(Text)
    status: Mapped[int | None]
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class SearchState(Base):
    """What the search index has seen of the archive (its sync cursor), kept with the archive."""

    __tablename__ = "search_state"

    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
