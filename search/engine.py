"""What the rest of the project asks of a search engine: Whoosh (search/whoosh_engine.py) and tantivy
(search/tantivy_engine.py) implement it, and the CLI and the sync never see which one they use."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol

UNDATED = "undated"  # the --count-by label of articles without a publication date


class SearchIndexError(RuntimeError):
    """The index is missing, locked or damaged; the message says how to recover."""

    @classmethod
    def missing(cls, path) -> SearchIndexError:
        return cls(f"no search index at {path}: build it with `python cli.py index --rebuild`")

    @classmethod
    def damaged(cls, path, exc: Exception) -> SearchIndexError:
        return cls(
            f"the search index at {path} is damaged ({type(exc).__name__}): "
            "rebuild it with `python cli.py index --rebuild`"
        )

    @classmethod
    def locked(cls, path) -> SearchIndexError:
        return cls(f"the search index at {path} is being written by another process; try again later")


@dataclass(frozen=True)
class IndexDocument:
    """One article as the index sees it (derived from the archive)."""

    id: int
    url: str
    source: str
    province: str
    kind: str
    title: str
    lead: str
    text: str
    author: str
    category: str
    tags: list[str]
    union_related: bool
    published: datetime | None
    fingerprint: str


@dataclass(frozen=True)
class SearchRequest:
    query: str
    date_from: date | None = None
    date_to: date | None = None
    union_only: bool = False
    sort: str = "relevance"  # or "date"
    limit: int = 10
    page: int = 1
    count_by: str | None = None  # "source", "year" or "month"


@dataclass(frozen=True)
class Hit:
    id: int
    url: str
    title: str
    source: str
    published: datetime | None
    score: float


@dataclass
class SearchResults:
    hits: list[Hit]
    total: int
    total_is_estimate: bool
    marks: list = field(default_factory=list)  # search.plan.Mark: what a snippet highlights
    counts: dict[str, int] = field(default_factory=dict)


class SearchEngine(Protocol):
    """What search/whoosh_engine.py and search/tantivy_engine.py both provide (search/engines.py opens them)."""

    @staticmethod
    def exists(path) -> bool: ...

    @staticmethod
    def comparable(fingerprint: str) -> object: ...

    def add(self, documents, progress=None, procs: int = 1, fresh: bool = False) -> None: ...

    def delete(self, ids: list[int]) -> None: ...

    def search(self, request: SearchRequest) -> SearchResults: ...

    def matching_ids(self, request: SearchRequest) -> list[int]: ...

    def fingerprints(self) -> dict[int, object]: ...

    def doc_count(self) -> int: ...
