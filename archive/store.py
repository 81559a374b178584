"""Writing crawl results into the archive in batches: raw responses, articles and their versions,
validators of discovery pages, failures, and the run's counters."""

from __future__ import annotations

import hashlib
import re
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import Engine, func, insert, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from archive.models import Article, ArticleVersion, CrawlRun, FetchFailure, Page, RawResponse, Source, utcnow
from archive.upsert import insert_for, is_transient
from extraction.vietnamese import fold

_NOT_WORD = re.compile(r"[^a-z0-9]+")
GONE = (404, 410)  # statuses of pages that are not there: recorded as gone, not as failures
WRITE_ATTEMPTS = 5  # a batch that loses a deadlock to another crawl is written again
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
    gone: int = 0  # answered 404 or 410: recorded, but no sign of trouble on our side


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


def article_values(article) -> dict:
    """An extracted article's fields as the articles table keeps them."""
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
        # Called after each batch is committed (the shared frontier acknowledges requests then).
        self.on_commit: list[Callable[[], None]] = []

    @property
    def has_pending(self) -> bool:
        """Results not yet committed (a flush failed, or the batch is still filling)."""
        return bool(self._pending)

    def source_id(self, name: str, **details: str) -> int:
        """The id of source `name`, created (or its details refreshed) on first use."""
        if name not in self._sources:
            with Session(self.engine) as session, session.begin():
                statement = insert_for(session, Source).values(name=name, **details)
                statement = statement.on_conflict_do_update(
                    index_elements=["name"], set_={k: statement.excluded[k] for k in (*details, "name")}
                )
                self._sources[name] = session.scalar(statement.returning(Source.id))
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
        """Write everything pending in one transaction, and the run's counters with it (retried when
        it loses a deadlock against another crawl writing the same database)."""
        self._last_flush = time.monotonic()
        if not self._pending:
            return
        pending, self._pending = self._pending, []
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            counts = replace(self.counts)
            try:
                self._write(pending)
                break
            except Exception as exc:
                self.counts = counts
                if attempt == WRITE_ATTEMPTS or not (isinstance(exc, DBAPIError) and is_transient(exc)):
                    self._pending = pending + self._pending  # kept for the next flush; nothing is acknowledged
                    raise
        for listener in self.on_commit:
            listener()

    def _write(self, pending: list[_Pending]) -> None:
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
                    if entry.status in GONE:
                        self.counts.gone += 1
                    else:
                        self.counts.failed += 1
            self._write_articles(session, articles)
            if self.run_id is not None:
                c = self.counts
                session.execute(
                    update(CrawlRun)
                    .where(CrawlRun.id == self.run_id)
                    .values(
                        pages=c.pages, new=c.new, changed=c.changed, unchanged=c.unchanged, failed=c.failed, gone=c.gone
                    )
                )

    def _insert_raw(self, session: Session, pending: list[_Pending]) -> list[int | None]:
        """The batch's raw responses in one INSERT … RETURNING; None for entries without one."""
        rows = [entry.page.raw_values(self.run_id) for entry in pending if entry.page is not None]
        self.counts.pages += len(rows)
        returning = insert(RawResponse).returning(RawResponse.id, sort_by_parameter_order=True)
        ids = iter(session.scalars(returning, rows).all() if rows else [])
        return [next(ids) if entry.page is not None else None for entry in pending]

    def _write_articles(self, session: Session, entries: list[tuple[_Pending, int]]) -> None:
        """New articles in bulk with their first version; a changed text becomes a new version.

        Known rows are locked (FOR UPDATE on PostgreSQL) in URL order, so two crawls writing one
        database serialise their versions; a row another crawl inserted since is handled as known."""
        if not entries:
            return
        entries = sorted(entries, key=lambda e: e[0].canonical)
        existing = self._locked(session, [entry.canonical for entry, _ in entries])
        prints = {entry.print_ for entry, _ in entries}
        originals = dict(
            session.execute(
                select(Article.fingerprint, func.min(Article.id))
                .where(Article.fingerprint.in_(prints))
                .group_by(Article.fingerprint)
            ).all()
        )
        new, seen = [], set()
        for entry, raw_id in entries:
            if entry.canonical in existing:
                self._known(session, existing[entry.canonical], entry, raw_id)
            elif entry.canonical in seen:  # a second copy within this batch
                self.counts.unchanged += 1
            else:
                seen.add(entry.canonical)
                new.append((entry, raw_id))
        if not new:
            return
        rows = [self._new_article(entry, raw_id, originals.get(entry.print_)) for entry, raw_id in new]
        statement = insert_for(session, Article).on_conflict_do_nothing(index_elements=["canonical_url"])
        inserted = {url: i for i, url in session.execute(statement.returning(Article.id, Article.canonical_url), rows)}
        versions = [
            {**self._version(1, entry, raw_id), "article_id": inserted[entry.canonical]}
            for entry, raw_id in new
            if entry.canonical in inserted
        ]
        if versions:
            session.execute(insert(ArticleVersion), versions)
        self.counts.new += len(versions)
        self._link_duplicates_within(
            session, [(inserted[r["canonical_url"]], r) for r in rows if r["canonical_url"] in inserted]
        )
        lost = [(entry, raw_id) for entry, raw_id in new if entry.canonical not in inserted]
        if lost:  # another crawl inserted them meanwhile
            rows_now = self._locked(session, [entry.canonical for entry, _ in lost])
            for entry, raw_id in lost:
                self._known(session, rows_now[entry.canonical], entry, raw_id)

    @staticmethod
    def _locked(session: Session, canonicals: list[str]) -> dict[str, Article]:
        query = (
            select(Article)
            .where(Article.canonical_url.in_(canonicals))
            .order_by(Article.canonical_url)
            .with_for_update()
        )
        return {a.canonical_url: a for a in session.scalars(query)}

    def _known(self, session: Session, row: Article, entry: _Pending, raw_id: int) -> None:
        """An article the archive has: unchanged (only its fetch time and validators move) or a new version."""
        if row.fingerprint == entry.print_:
            row.last_fetched = entry.page.fetched_at
            row.etag, row.http_last_modified = entry.page.validators()
            self.counts.unchanged += 1
        else:
            self._new_version(session, row, entry, raw_id)

    @staticmethod
    def _link_duplicates_within(session: Session, inserted: list[tuple[int, dict]]) -> None:
        """The same story twice in one batch: the later copies point at the first."""
        first: dict[str, int] = {}
        for article_id, row in sorted(inserted, key=lambda pair: pair[0]):
            original = first.setdefault(row["fingerprint"], article_id)
            if original != article_id and row["duplicate_of_id"] is None:
                session.execute(update(Article).where(Article.id == article_id).values(duplicate_of_id=original))

    def _new_article(self, entry: _Pending, raw_id: int, original: int | None) -> dict:
        page = entry.page
        etag, modified = page.validators()
        return {
            **article_values(entry.article),
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
        for name, value in article_values(entry.article).items():
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
        if not self._validators:
            return
        rows = []
        for canonical, (source_id, kind, page) in sorted(self._validators.items()):
            etag, modified = page.validators()
            rows.append(
                {
                    "url": canonical,
                    "source_id": source_id,
                    "kind": kind,
                    "etag": etag,
                    "http_last_modified": modified,
                    "last_status": page.status,
                    "last_fetched": page.fetched_at,
                }
            )
        with Session(self.engine) as session, session.begin():
            statement = insert_for(session, Page)
            changing = ("etag", "http_last_modified", "last_status", "last_fetched")
            statement = statement.on_conflict_do_update(
                index_elements=["url"], set_={name: statement.excluded[name] for name in changing}
            )
            session.execute(statement, rows)
        self._validators.clear()
