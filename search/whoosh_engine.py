"""The Whoosh implementation of the search engine: schema, writing, and the plan (search/plan.py)
translated into Whoosh queries. Every match is scored (no block-quality skipping, which loses top
hits), so `limit` and `page` cut one full, stable ranking and totals are exact.
"""

from __future__ import annotations

import struct
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from whoosh import collectors, sorting
from whoosh import index as whoosh_index
from whoosh import query as q
from whoosh.fields import BOOLEAN, DATETIME, ID, STORED, TEXT, Schema
from whoosh.index import EmptyIndexError, LockError
from whoosh.index import IndexError as WhooshIndexError

from extraction.dates import VN_TZ
from extraction.vietnamese import slugify
from search import query as ast
from search.abbreviations import Abbreviations
from search.analysis import BIGRAM, EXACT, FOLDED, VietnameseTokenizer
from search.engine import UNDATED, Hit, IndexDocument, SearchIndexError, SearchRequest, SearchResults
from search.plan import All, Any, Constant, Every, Exclude, Phrase, Plan, Planner, Ranked, Term, plans

REBUILD_POOL_MB = 2048  # per writing process for `index --rebuild`: a pool that spills halves the speed
SYNC_POOL_MB = 256  # after a crawl: bounded memory matters more than speed
_DAMAGED = (WhooshIndexError, EmptyIndexError, OSError, EOFError, struct.error)


def schema() -> Schema:
    folded, exact, pairs = (VietnameseTokenizer(mode) for mode in (FOLDED, EXACT, BIGRAM))
    return Schema(
        id=ID(stored=True, unique=True, sortable=True),
        url=STORED,
        title_stored=STORED,
        fingerprint=STORED,
        source=ID(stored=True, sortable=True),
        province=ID,
        kind=ID,
        title=TEXT(analyzer=folded, phrase=False),
        body=TEXT(analyzer=folded, phrase=True),
        pairs=TEXT(analyzer=pairs, phrase=False),
        exact=TEXT(analyzer=exact, phrase=False),  # accent-exact syllables, for the accent-exact tier
        author=TEXT(analyzer=folded, phrase=True),
        category=TEXT(analyzer=folded, phrase=True),
        tags=TEXT(analyzer=folded, phrase=True),
        union=BOOLEAN,
        published=DATETIME(stored=True, sortable=True),
        month=ID(sortable=True),
    )


def _utc_naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def to_fields(doc: IndexDocument) -> dict:
    """The Whoosh document for an archive article."""
    body = "\n\n".join(part for part in (doc.title, doc.lead, doc.text) if part)
    fields = {
        "id": str(doc.id),
        "url": doc.url,
        "title_stored": doc.title,
        "fingerprint": doc.fingerprint,
        "source": doc.source,
        "province": slugify(doc.province),
        "kind": doc.kind,
        "title": doc.title,
        "body": body,
        "pairs": body,
        "exact": body,
        "author": doc.author,
        "category": doc.category,
        "tags": "\n".join(doc.tags),
        "union": doc.union_related,
    }
    if doc.published:
        fields["published"] = _utc_naive(doc.published)
        fields["month"] = doc.published.astimezone(VN_TZ).strftime("%Y-%m")
    return fields


class WhooshEngine:
    """An index directory. Opening a missing or damaged one raises SearchIndexError saying what to do."""

    def __init__(self, path: Path, create: bool = False):
        self.path = Path(path)
        self.abbreviations = Abbreviations.load()
        try:
            if create:
                self.path.mkdir(parents=True, exist_ok=True)
                self.ix = whoosh_index.create_in(str(self.path), schema())
            else:
                if not whoosh_index.exists_in(str(self.path)):
                    raise SearchIndexError.missing(self.path)
                self.ix = whoosh_index.open_dir(str(self.path))
        except _DAMAGED as exc:
            raise SearchIndexError.damaged(self.path, exc) from None

    @staticmethod
    def exists(path: Path) -> bool:
        return whoosh_index.exists_in(str(path))

    # Writing -----------------------------------------------------------------------------------

    def add(
        self,
        documents: Iterable[IndexDocument],
        progress=None,
        procs: int = 1,
        fresh: bool = False,
    ) -> None:
        """Add or replace documents in one writer and one commit (a fresh index is written by `procs`
        processes, each with a large pool; a single writer keeps its memory bounded)."""
        pool_mb = REBUILD_POOL_MB if fresh and procs > 1 else SYNC_POOL_MB
        try:
            if fresh:
                writer = self.ix.writer(procs=procs, limitmb=pool_mb, multisegment=procs > 1)
            else:
                writer = self.ix.writer(timeout=30.0, limitmb=pool_mb)
        except LockError:
            raise SearchIndexError.locked(self.path) from None
        try:
            for doc in documents:
                fields = to_fields(doc)
                if fresh:
                    writer.add_document(**fields)
                else:
                    writer.update_document(**fields)
                if progress:
                    progress(1)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()

    def delete(self, ids: list[int]) -> None:
        writer = self.ix.writer(timeout=30.0)
        for article_id in ids:
            writer.delete_by_term("id", str(article_id))
        writer.commit()

    # Reading -----------------------------------------------------------------------------------

    def doc_count(self) -> int:
        return self.ix.doc_count()

    @staticmethod
    def comparable(fingerprint: str) -> str:
        """An archive fingerprint as `fingerprints()` gives it."""
        return fingerprint

    def fingerprints(self) -> dict[int, str]:
        with self.ix.searcher() as searcher:
            return {int(f["id"]): f["fingerprint"] for f in searcher.all_stored_fields()}

    def search(self, request: SearchRequest) -> SearchResults:
        tree = ast.parse(request.query)
        try:
            return self._search(tree, request)
        except _DAMAGED as exc:
            raise SearchIndexError.damaged(self.path, exc) from None

    def matching_ids(self, request: SearchRequest) -> list[int]:
        """The archive ids of every article the query matches, ascending (for exports)."""
        tree = ast.parse(request.query)
        try:
            with self.ix.searcher() as searcher:

                def run(plan):
                    docnums = list(searcher.docs_for_query(self._filtered(plan, request)))
                    return docnums, bool(docnums)

                docnums, _ = plans(self._planner(searcher), tree, run)
                return sorted(int(searcher.stored_fields(n)["id"]) for n in docnums)
        except _DAMAGED as exc:
            raise SearchIndexError.damaged(self.path, exc) from None

    def _planner(self, searcher) -> Planner:
        reader = searcher.reader()
        return Planner(lambda field, term: reader.doc_frequency(field, term), self.abbreviations)

    def _search(self, tree, request: SearchRequest) -> SearchResults:
        with self.ix.searcher() as searcher:

            def run(plan):
                results = self._run(searcher, plan, request)
                return results, not results.is_empty()

            results, plan = plans(self._planner(searcher), tree, run)
            return self._results(results, plan, request)

    def _filtered(self, plan: Plan, request: SearchRequest):
        """The plan as a Whoosh query, with the request's union and date filters."""
        filters = []
        if request.union_only:
            filters.append(q.Term("union", True))
        if request.date_from or request.date_to:
            start = _day_start(request.date_from) if request.date_from else None
            end = (
                _day_start(request.date_to + timedelta(days=1)) - timedelta(microseconds=1) if request.date_to else None
            )
            filters.append(q.DateRange("published", start, end))
        root = _whoosh(plan.root)
        return q.And([root, *filters]) if filters else root

    def _run(self, searcher, plan: Plan, request: SearchRequest):
        # Every match is scored and counted: Whoosh's block-quality skipping and matcher replacement
        # (its collectors' defaults) drop matches under AndMaybe once the heap is full (its issue 122),
        # which made top N not the top N and totals wrong. Common syllables match most articles anyway.
        limit = request.page * request.limit
        if request.sort == "date":
            order = [sorting.FieldFacet("published", reverse=True), sorting.FieldFacet("id")]
            collector = collectors.SortingCollector(order, limit=limit)
        else:
            collector = collectors.TopCollector(limit, usequality=False, replace=0)
        if request.count_by:
            facet = "source" if request.count_by == "source" else "month"
            collector = collectors.FacetCollector(collector, {"facet": sorting.FieldFacet(facet)}, sorting.Count)
        searcher.search_with_collector(self._filtered(plan, request), collector)
        return collector.results()

    def _results(self, results, plan: Plan, request: SearchRequest) -> SearchResults:
        offset = (request.page - 1) * request.limit
        hits = [
            Hit(
                id=int(hit["id"]),
                url=hit["url"],
                title=hit["title_stored"],
                source=hit["source"],
                published=hit.get("published").replace(tzinfo=UTC) if hit.get("published") else None,
                score=round(hit.score, 4) if request.sort == "relevance" else 0.0,
            )
            for hit in results[offset : offset + request.limit]
        ]
        counts = {}
        if request.count_by:
            grouped = Counter({(k or UNDATED): v for k, v in results.groups("facet").items()})
            if request.count_by == "year":
                years = Counter()
                for month, n in grouped.items():
                    years[month[:4] if month != UNDATED else UNDATED] += n
                grouped = years
            counts = dict(sorted(grouped.items()))
        return SearchResults(hits, len(results), False, plan.marks, counts)


def _whoosh(node):
    """A plan node as a Whoosh query."""
    if isinstance(node, Term):
        return q.Term(node.field, node.text, boost=node.boost)
    if isinstance(node, Phrase):
        return q.Phrase(node.field, list(node.words))
    if isinstance(node, All):
        return q.And([_whoosh(n) for n in node.nodes])
    if isinstance(node, Any):
        return q.Or([_whoosh(n) for n in node.nodes])
    if isinstance(node, Exclude):
        return q.Not(_whoosh(node.node))
    if isinstance(node, Every):
        return q.Every()
    if isinstance(node, Ranked):
        return q.AndMaybe(_whoosh(node.required), q.Or([_whoosh(n) for n in node.optional]))
    if isinstance(node, Constant):
        return q.ConstantScoreQuery(_whoosh(node.node), node.score)
    raise TypeError(f"no Whoosh query for {node!r}")


def _day_start(day: date) -> datetime:
    return _utc_naive(datetime.combine(day, time(0), tzinfo=VN_TZ))
