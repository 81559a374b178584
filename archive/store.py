"""Writing crawl results into the archive in batches: raw responses, articles and their versions,
pages with their HTTP validators, failures, and the run's counters."""

from __future__ import annotations

import hashlib
import re
import time
import zlib
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from archive.models import Article, ArticleVersion, CrawlRun, FetchFailure, Page, RawResponse, Source, utcnow
from extraction.vietnamese import fold

_NOT_WORD = re.compile(r"[^a-z0-9]+")


def fingerprint(text: str) -> str:
    """Content fingerprint: the text folded, lowercased, punctuation and spacing dropped."""
    return hashlib.sha1(_NOT_WORD.sub("", fold(text).lower()).encode()).hexdigest()


@dataclass
class Fetched:
    """One HTTP response as received."""

    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    fetched_at: datetime = field(default_factory=utcnow)
    protocol: str = "HTTP/1.1"

    def header(self, name: str) -> str:
        return next((v for k, v in self.headers if k.lower() == name.lower()), "")

    def raw(self, run_id: int | None) -> RawResponse:
        return RawResponse(
            run_id=run_id,
            url=self.url,
            status=self.status,
            protocol=self.protocol,
            headers=[list(h) for h in self.headers],
            body=zlib.compress(self.body, 6),
            body_size=len(self.body),
            sha256=hashlib.sha256(self.body).hexdigest(),
            fetched_at=self.fetched_at,
        )


@dataclass
class Counts:
    pages: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: int = 0


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


class ArchiveWriter:
    """Buffers crawl results and writes them `batch_size` at a time (or every `flush_seconds` on a
    slow crawl), one transaction per batch: a killed crawl loses at most the last batch, which the
    next run fetches again."""

    def __init__(self, engine: Engine, run_id: int | None, batch_size: int = 200, flush_seconds: float = 5.0):
        self.engine = engine
        self.run_id = run_id
        self.batch_size = batch_size
        self.flush_seconds = flush_seconds
        self._last_flush = time.monotonic()
        self.counts = Counts()
        self._pending: list[tuple] = []
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

    def add_article(self, source_id: int, canonical_url: str, page: Fetched, article) -> None:
        self._queue(("article", source_id, canonical_url, page, article))

    def add_page(self, source_id: int | None, kind: str, canonical_url: str, page: Fetched) -> None:
        self._queue(("page", source_id, kind, canonical_url, page))

    def add_not_modified(self, source_id: int | None, kind: str, canonical_url: str) -> None:
        self._queue(("not_modified", source_id, kind, canonical_url))

    def add_failure(self, url: str, status: int | None, reason: str, page: Fetched | None = None) -> None:
        self._queue(("failure", url, status, reason, page))

    def skip_unchanged(self, fetched: bool = False) -> None:
        """A known article seen again without change: not fetched, or answered 304."""
        self.counts.unchanged += 1
        self.counts.pages += fetched

    def _queue(self, entry: tuple) -> None:
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
            for kind, *args in pending:
                getattr(self, f"_write_{kind}")(session, *args)
            if self.run_id is not None:
                c = self.counts
                session.execute(
                    update(CrawlRun)
                    .where(CrawlRun.id == self.run_id)
                    .values(pages=c.pages, new=c.new, changed=c.changed, unchanged=c.unchanged, failed=c.failed)
                )

    def _raw(self, session: Session, page: Fetched) -> RawResponse:
        raw = page.raw(self.run_id)
        session.add(raw)
        session.flush()
        self.counts.pages += 1
        return raw

    def _write_article(self, session: Session, source_id: int, canonical: str, page: Fetched, article) -> None:
        raw = self._raw(session, page)
        values = {name: getattr(article, name) for name in ARTICLE_FIELDS}
        values["images"] = [{"url": i.url, "caption": i.caption} for i in article.images]
        print_ = fingerprint(f"{article.lead}\n{article.text}")
        validators = {"etag": page.header("ETag"), "http_last_modified": page.header("Last-Modified")}
        row = session.scalar(select(Article).where(Article.canonical_url == canonical))
        if row is None:
            original = session.scalar(
                select(Article.id).where(Article.fingerprint == print_).order_by(Article.id).limit(1)
            )
            row = Article(
                source_id=source_id,
                canonical_url=canonical,
                fingerprint=print_,
                duplicate_of_id=original,
                raw_response_id=raw.id,
                first_fetched=page.fetched_at,
                last_fetched=page.fetched_at,
                last_modified_at=page.fetched_at,
                **values,
                **validators,
            )
            row.versions.append(self._version(1, print_, article, page, raw))
            session.add(row)
            self.counts.new += 1
        elif row.fingerprint != print_:
            for name, value in {**values, **validators}.items():
                setattr(row, name, value)
            row.version_count += 1
            row.fingerprint, row.raw_response_id = print_, raw.id
            row.last_fetched = row.last_modified_at = page.fetched_at
            session.add(self._version(row.version_count, print_, article, page, raw, row.id))
            self.counts.changed += 1
        else:
            row.last_fetched, row.etag, row.http_last_modified = page.fetched_at, *validators.values()
            self.counts.unchanged += 1
        session.flush()

    def _version(self, number: int, print_: str, article, page: Fetched, raw: RawResponse, article_id=None):
        return ArticleVersion(
            article_id=article_id,
            number=number,
            fetched_at=page.fetched_at,
            run_id=self.run_id,
            fingerprint=print_,
            title=article.title,
            lead=article.lead,
            text=article.text,
            author=article.author,
            published=article.published,
            raw_response_id=raw.id,
        )

    def _write_page(self, session: Session, source_id: int | None, kind: str, canonical: str, page: Fetched) -> None:
        self._raw(session, page)
        self._validators[canonical] = (source_id, kind, page)

    def _write_not_modified(self, session: Session, source_id: int | None, kind: str, canonical: str) -> None:
        self.counts.pages += 1

    def save_validators(self) -> None:
        """Remember the ETag / Last-Modified of the discovery pages fetched, for conditional requests."""
        self.flush()
        with Session(self.engine) as session, session.begin():
            for canonical, (source_id, kind, page) in self._validators.items():
                row = session.scalar(select(Page).where(Page.url == canonical))
                if row is None:
                    row = Page(url=canonical, source_id=source_id, kind=kind)
                    session.add(row)
                row.etag, row.http_last_modified = page.header("ETag"), page.header("Last-Modified")
                row.last_status, row.last_fetched = page.status, page.fetched_at
        self._validators.clear()

    def _write_failure(self, session: Session, url: str, status: int | None, reason: str, page: Fetched | None):
        if page is not None:
            self._raw(session, page)
        session.add(FetchFailure(run_id=self.run_id, url=url, status=status, reason=reason))
        self.counts.failed += 1
