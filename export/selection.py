"""Which articles an export holds (the same selection as search) and the streaming read of them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import Engine, Select, and_, func, select
from sqlalchemy.orm import Session

from archive.models import Article, ArticleVersion, CrawlRun, RawResponse, Source
from export.schema import NAMES, TIMESTAMPS, local
from extraction.dates import VN_TZ

BATCH = 1000  # rows per database round trip; memory stays flat whatever the archive's size


@dataclass(frozen=True)
class Selection:
    """What to export: a search query (through the index) and archive-side filters."""

    query: str = ""
    date_from: date | None = None
    date_to: date | None = None
    union_only: bool = False
    since_run: int | None = None  # only what the last N crawl runs added or changed
    all_versions: bool = False

    def describe(self) -> dict:
        """The selection as the manifest records it."""
        out = asdict(self)
        for key in ("date_from", "date_to"):
            out[key] = out[key].isoformat() if out[key] else None
        return out


@dataclass(frozen=True)
class Raw:
    """A raw response as fetched, for WARC."""

    url: str
    status: int
    protocol: str
    headers: list
    body: bytes  # zlib-compressed, as stored
    fetched_at: datetime


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=VN_TZ)


class Reader:
    """Streams the selected records in a stable order (article id, then version)."""

    def __init__(self, engine: Engine, selection: Selection, index_dir: Path | None = None):
        self.engine = engine
        self.selection = selection
        self.ids = self._matching_ids(index_dir) if selection.query else None
        self.run_ids = self._last_runs() if selection.since_run else None

    def _matching_ids(self, index_dir: Path | None) -> list[int]:
        from search.engine import SearchRequest
        from search.engines import open_engine

        s = self.selection
        request = SearchRequest(s.query, s.date_from, s.date_to, s.union_only)
        return open_engine(index_dir).matching_ids(request)

    def _last_runs(self) -> list[int]:
        with Session(self.engine) as session:
            query = select(CrawlRun.id).order_by(CrawlRun.id.desc()).limit(self.selection.since_run)
            return list(session.scalars(query))

    def _where(self, version) -> list:
        s, where = self.selection, []
        if s.date_from:
            where.append(Article.published >= _day_start(s.date_from))
        if s.date_to:
            where.append(Article.published < _day_start(s.date_to + timedelta(days=1)))
        if s.union_only:
            where.append(Article.union_related.is_(True))
        if self.run_ids is not None:
            if s.all_versions:
                where.append(version.run_id.in_(self.run_ids))
            else:
                touched = select(ArticleVersion.article_id).where(ArticleVersion.run_id.in_(self.run_ids))
                where.append(Article.id.in_(touched))
        return where

    def _statement(self, with_raw: bool, chunk: list[int] | None = None) -> Select:
        v = ArticleVersion
        text_of = v if self.selection.all_versions else Article
        joined = v.article_id == Article.id
        if not self.selection.all_versions:
            joined = and_(joined, v.number == Article.version_count)
        raw_id = v.raw_response_id if self.selection.all_versions else Article.raw_response_id
        columns = [
            Article.id,
            v.number.label("version"),
            Article.url,
            Article.canonical_url,
            Source.name.label("source"),
            Source.province,
            Source.kind,
            text_of.title,
            text_of.lead,
            text_of.text,
            text_of.author,
            text_of.published,
            Article.updated,
            Article.category,
            Article.tags,
            Article.images,
            Article.views,
            Article.language,
            Article.union_related,
            Article.union_terms,
            Article.first_fetched,
            Article.last_fetched,
            v.fetched_at.label("version_fetched"),
            v.origin.label("version_origin"),
            text_of.fingerprint,
            Article.duplicate_of_id.label("duplicate_of"),
        ]
        statement = select(*columns).join(Source, Source.id == Article.source_id).join(v, joined, isouter=True)
        if with_raw:
            raw = [RawResponse.url, RawResponse.status, RawResponse.protocol, RawResponse.headers]
            raw += [RawResponse.body, RawResponse.fetched_at]
            statement = statement.add_columns(*(c.label(f"raw_{c.key}") for c in raw))
            statement = statement.join(RawResponse, RawResponse.id == raw_id, isouter=True)
        where = self._where(v)
        if chunk is not None:
            where.append(Article.id.in_(chunk))
        return statement.where(*where).order_by(Article.id, v.number)

    def count(self) -> int:
        """How many records the export will hold."""
        with Session(self.engine) as session:
            return sum(
                session.scalar(
                    select(func.count()).select_from(self._statement(False, chunk).order_by(None).subquery())
                )
                or 0
                for chunk in self._id_chunks()
            )

    def _id_chunks(self) -> Iterator[list[int] | None]:
        """The query's matching ids in slices (one slice of None: no query, every article)."""
        if self.ids is None:
            yield None
            return
        for start in range(0, len(self.ids), BATCH):
            yield self.ids[start : start + BATCH]

    def records(self, with_raw: bool = False) -> Iterator[tuple[dict, Raw | None]]:
        """(record, raw response or None) for every selected article or version, in order."""
        width = len(NAMES)
        with self.engine.connect() as connection:
            streaming = connection.execution_options(yield_per=BATCH)
            for chunk in self._id_chunks():
                for row in streaming.execute(self._statement(with_raw, chunk)):
                    record = dict(zip(NAMES, row[:width], strict=True))
                    for key in TIMESTAMPS:
                        record[key] = local(record[key])
                    record["tags"] = list(record["tags"] or [])
                    record["union_terms"] = list(record["union_terms"] or [])
                    yield record, Raw(*row[width:]) if with_raw and row[-2] is not None else None
