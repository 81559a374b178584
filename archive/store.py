"""Writing crawl results into the archive in batches: raw responses, articles and their versions,
validators of discovery pages, failures, and the run's counters."""

from __future__ import annotations

import hashlib
import re
import time
import zlib
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Engine, func, insert, select, update
from sqlalchemy.orm import Session

from archive.models import Article, ArticleVersion, CrawlRun, FetchFailure, Page, RawResponse, Source, utcnow
from extraction.vietnamese import fold

_NOT_WORD = re.compile(r"[^a-z0-9]+")
ARTICLE_FIELDS = (
    "url",
    "title",
    "lead",
    "text",
    "author",
    "published",
    "updated",
    "category",
    "tags",
    "language",
    "views",
    "union_related",
    "union_terms",
)


def fingerprint(text: str) -> str:
    """Content fingerprint: the text folded, lowercased, punctuation and spacing dropped."""
    return hashlib.sha1(_NOT_WORD.sub("", fold(text).lower()).encode()).hexdigest()


def pack_body(body: bytes) -> tuple[bytes, str]:
    return zlib.compress(body, 6), hashlib.sha256(body).hexdigest()


def article_fingerprint(article) -> str:
    """The fingerprint of an extracted article: its lead and text (the title may differ between sites)."""
    return fingerprint(f"{article.lead}\n{article.text}")


@dataclass
class Fetched:
    """One HTTP response as received."""

    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    fetched_at: datetime = field(default_factory=utcnow)
    protocol: str = "HTTP/1.1"
    packed: tuple[bytes, str] | None = None  # (zlib body, sha256) when a worker process made them

    def pack(self) -> tuple[bytes, str]:
        """The body as the archive stores it: zlib-compressed, with its sha256."""
        return self.packed or pack_body(self.body)

    def header(self, name: str) -> str:
        return next((v for k, v in self.headers if k.lower() == name.lower()), "")

    def validators(self) -> tuple[str, str]:
        return self.header("ETag"), self.header("Last-Modified")

    def raw_values(self, run_id: int | None) -> dict:
        """The RawResponse row for this response (body zlib-compressed)."""
        packed, digest = self.pack()
        return {
            "run_id": run_id,
            "url": self.url,
            "status": self.status,
            "protocol": self.protocol,
            "headers": [list(h) for h in self.headers],
            "body": packed,
            "body_size": len(self.body),
            "sha256": digest,
            "fetched_at": self.fetched_at,
        }


@dataclass
class Counts:
    pages: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: int = 0


@dataclass
class _Pending:
    """One queued result: an article (with its extraction), a discovery page, a 304, or a failure."""

    kind: str
    page: Fetched | None = None
    source_id: int | None = None
    canonical: str = ""
    page_kind: str = ""
    article: object = None
    print_: str = ""
    status: int | None = None
    reason: str = ""


def _article_values(article) -> dict:
    values = {name: getattr(article, name) for name in ARTICLE_FIELDS}
    values["images"] = [{"url": i.url, "caption": i.caption} for i in article.images]
    return values


class ArchiveWriter:
    """Buffers crawl results and writes them `batch_size` at a time (or every `flush_seconds` on a
    slow crawl), one transaction and a few bulk statements per batch: a killed crawl loses at most
    the last batch, which the next run fetches again."""

    def __init__(self, engine: Engine, run_id: int | None, batch_size: int = 200, flush_seconds: float = 5.0):
        self.engine = engine
        self.run_id = run_id
        self.batch_size = batch_size
        self.flush_seconds = flush_seconds
        self.counts = Counts()
        self._pending: list[_Pending] = []
        self._last_flush = time.monotonic()
        self._sources: dict[str, int] = {}
        # Validators of listings, feeds and sitemaps are only saved by a crawl that finished cleanly:
        # a 304 on a listing whose articles a killed run never archived would hide them for good.
        self._validators: dict[str, tuple[int | None, str, Fetched]] = {}

    def source_id(self, name: str, **details: str) -> int:
        """The id of source `name`, created (or its details refreshed) on first use."""
        if name not in self._sources:
            with Session(self.engine) as session, session.begin():
                source = session.scalar(select(Source).where(Source.name == name))
                if source is None:
                    source = Source(name=name)
                    session.add(source)
                for key, value in details.items():
                    setattr(source, key, value)
                session.flush()
                self._sources[name] = source.id
        return self._sources[name]

    def add_article(self, source_id: int, canonical: str, page: Fetched, article, print_: str = "") -> None:
        """An extracted article; `print_` is its fingerprint when the extraction worker computed it."""
        print_ = print_ or article_fingerprint(article)
        self._queue(_Pending("article", page, source_id, canonical, article=article, print_=print_))

    def add_page(self, source_id: int | None, kind: str, canonical: str, page: Fetched) -> None:
        self._queue(_Pending("page", page, source_id, canonical, page_kind=kind))

    def add_not_modified(self) -> None:
        self._queue(_Pending("not_modified"))

    def add_failure(self, url: str, status: int | None, reason: str, page: Fetched | None = None) -> None:
        self._queue(_Pending("failure", page, canonical=url, status=status, reason=reason))

    def skip_unchanged(self, fetched: bool = False) -> None:
        """A known article seen again without change: not fetched, or answered 304."""
        self.counts.unchanged += 1
        self.counts.pages += fetched

    def _queue(self, entry: _Pending) -> None:
        self._pending.append(entry)
        if len(self._pending) >= self.batch_size or time.monotonic() - self._last_flush >= self.flush_seconds:
            self.flush()

    def flush(self) -> None:
        """Write everything pending in one transaction, and the run's counters with it."""
        self._last_flush = time.monotonic()
        if not self._pending:
            return
        pending, self._pending = self._pending, []
        with Session(self.engine) as session, session.begin():
            raw_ids = self._insert_raw(session, pending)
            articles = []
            for entry, raw_id in zip(pending, raw_ids, strict=True):
                if entry.kind == "article":
                    articles.append((entry, raw_id))
                elif entry.kind == "page":
                    self._validators[entry.canonical] = (entry.source_id, entry.page_kind, entry.page)
                elif entry.kind == "not_modified":
                    self.counts.pages += 1
                else:
                    session.add(
                        FetchFailure(run_id=self.run_id, url=entry.canonical, status=entry.status, reason=entry.reason)
                    )
                    self.counts.failed += 1
            self._write_articles(session, articles)
            if self.run_id is not None:
                c = self.counts
                session.execute(
                    update(CrawlRun)
                    .where(CrawlRun.id == self.run_id)
                    .values(pages=c.pages, new=c.new, changed=c.changed, unchanged=c.unchanged, failed=c.failed)
                )

    def _insert_raw(self, session: Session, pending: list[_Pending]) -> list[int | None]:
        """The batch's raw responses in one INSERT … RETURNING; None for entries without one."""
        rows = [entry.page.raw_values(self.run_id) for entry in pending if entry.page is not None]
        self.counts.pages += len(rows)
        returning = insert(RawResponse).returning(RawResponse.id, sort_by_parameter_order=True)
        ids = iter(session.scalars(returning, rows).all() if rows else [])
        return [next(ids) if entry.page is not None else None for entry in pending]

    def _write_articles(self, session: Session, entries: list[tuple[_Pending, int]]) -> None:
        """New articles in bulk with their first version; a changed text becomes a new version."""
        if not entries:
            return
        canonicals = [entry.canonical for entry, _ in entries]
        existing: dict[str, Article | None] = {
            a.canonical_url: a for a in session.scalars(select(Article).where(Article.canonical_url.in_(canonicals)))
        }
        prints = {entry.print_ for entry, _ in entries}
        originals = dict(
            session.execute(
                select(Article.fingerprint, func.min(Article.id))
                .where(Article.fingerprint.in_(prints))
                .group_by(Article.fingerprint)
            ).all()
        )
        new_rows, new_versions = [], []
        for entry, raw_id in entries:
            row = existing.get(entry.canonical, False)
            if row is False:
                existing[entry.canonical] = None  # a second copy within this batch counts as unchanged
                new_rows.append(self._new_article(entry, raw_id, originals.get(entry.print_)))
                new_versions.append(self._version(1, entry, raw_id))
                self.counts.new += 1
            elif row is None or row.fingerprint == entry.print_:
                if row is not None:
                    row.last_fetched = entry.page.fetched_at
                    row.etag, row.http_last_modified = entry.page.validators()
                self.counts.unchanged += 1
            else:
                self._new_version(session, row, entry, raw_id)
        if new_rows:
            returning = insert(Article).returning(Article.id, sort_by_parameter_order=True)
            ids = session.scalars(returning, new_rows).all()
            for article_id, version in zip(ids, new_versions, strict=True):
                version["article_id"] = article_id
            session.execute(insert(ArticleVersion), new_versions)
            self._link_duplicates_within(session, ids, new_rows)

    @staticmethod
    def _link_duplicates_within(session: Session, ids: list[int], rows: list[dict]) -> None:
        """The same story twice in one batch: the later copies point at the first."""
        first: dict[str, int] = {}
        for article_id, row in zip(ids, rows, strict=True):
            original = first.setdefault(row["fingerprint"], article_id)
            if original != article_id and row["duplicate_of_id"] is None:
                session.execute(update(Article).where(Article.id == article_id).values(duplicate_of_id=original))

    def _new_article(self, entry: _Pending, raw_id: int, original: int | None) -> dict:
        page = entry.page
        etag, modified = page.validators()
        return {
            **_article_values(entry.article),
            "source_id": entry.source_id,
            "canonical_url": entry.canonical,
            "fingerprint": entry.print_,
            "duplicate_of_id": original,
            "raw_response_id": raw_id,
            "first_fetched": page.fetched_at,
            "last_fetched": page.fetched_at,
            "last_modified_at": page.fetched_at,
            "etag": etag,
            "http_last_modified": modified,
            "version_count": 1,
        }

    def _new_version(self, session: Session, row: Article, entry: _Pending, raw_id: int) -> None:
        for name, value in _article_values(entry.article).items():
            setattr(row, name, value)
        row.etag, row.http_last_modified = entry.page.validators()
        row.version_count += 1
        row.fingerprint, row.raw_response_id = entry.print_, raw_id
        row.last_fetched = row.last_modified_at = entry.page.fetched_at
        session.execute(
            insert(ArticleVersion), [{**self._version(row.version_count, entry, raw_id), "article_id": row.id}]
        )
        self.counts.changed += 1

    def _version(self, number: int, entry: _Pending, raw_id: int) -> dict:
        article = entry.article
        return {
            "number": number,
            "fetched_at": entry.page.fetched_at,
            "run_id": self.run_id,
            "fingerprint": entry.print_,
            "title": article.title,
            "lead": article.lead,
            "text": article.text,
            "author": article.author,
            "published": article.published,
            "raw_response_id": raw_id,
        }

    def save_validators(self) -> None:
        """Remember the ETag / Last-Modified of the discovery pages fetched, for conditional requests."""
        self.flush()
        with Session(self.engine) as session, session.begin():
            rows = {p.url: p for p in session.scalars(select(Page).where(Page.url.in_(list(self._validators))))}
            for canonical, (source_id, kind, page) in self._validators.items():
                row = rows.get(canonical)
                if row is None:
                    row = Page(url=canonical, source_id=source_id, kind=kind)
                    session.add(row)
                row.etag, row.http_last_modified = page.validators()
                row.last_status, row.last_fetched = page.status, page.fetched_at
        self._validators.clear()
