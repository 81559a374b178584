"""The Whoosh implementation of the search engine: schema, query plan, search, facets.

Query plan (see docs/search.md): Vietnamese words are several syllables, and the syllables of
common words occur in most articles, so an AND of syllables is slow and imprecise. Typed words are
split into chains of syllables that the index says form words (their bigram is frequent relative to
the syllables), and each chain is matched on the folded-bigram field: one posting list per word
pair, which Whoosh can prune by block quality. Single syllables are matched on the folded syllable
field. Title matches are boosted; when the user typed diacritics, accent-exact matches are boosted
too. A quoted phrase is its bigrams (a fast pre-filter) plus a positional phrase check.
"""

from __future__ import annotations

import shutil
import struct
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh import query as q
from whoosh import sorting
from whoosh.fields import BOOLEAN, DATETIME, ID, STORED, TEXT, Schema
from whoosh.index import EmptyIndexError, LockError
from whoosh.index import IndexError as WhooshIndexError

from extraction.dates import VN_TZ
from extraction.vietnamese import slugify
from search import query as ast
from search.abbreviations import Abbreviations
from search.analysis import BIGRAM, EXACT, FOLDED, VietnameseTokenizer, bigrams, syllables
from search.engine import Hit, IndexDocument, SearchIndexError, SearchRequest, SearchResults

EXACT_COUNT_LIMIT = 5000  # below this estimate, counting the matches exactly is cheap
REBUILD_POOL_MB = 2048  # per writing process for `index --rebuild`: a pool that spills halves the speed
SYNC_POOL_MB = 256  # after a crawl: bounded memory matters more than speed
WORD_PAIR_RATIO = 0.25  # a syllable pair is a word when its bigram is this frequent relative to its syllables
TITLE_BOOST = 3.0
EXACT_BOOST = 2.0
_DAMAGED = (WhooshIndexError, EmptyIndexError, OSError, EOFError, struct.error)


def schema() -> Schema:
    folded, exact, pairs = (VietnameseTokenizer(mode) for mode in (FOLDED, EXACT, BIGRAM))
    return Schema(
        id=ID(stored=True, unique=True),
        url=STORED,
        title_stored=STORED,
        fingerprint=STORED,
        source=ID(stored=True, sortable=True),
        province=ID,
        kind=ID,
        title=TEXT(analyzer=folded, phrase=False),
        body=TEXT(analyzer=folded, phrase=True),
        pairs=TEXT(analyzer=pairs, phrase=False),
        exact=TEXT(analyzer=exact, phrase=False),  # title and lead only: enough to rank accent-exact first
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
        "exact": f"{doc.title}\n\n{doc.lead}",
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
                    raise SearchIndexError(
                        f"no search index at {self.path}: build it with `python cli.py index --rebuild`"
                    )
                self.ix = whoosh_index.open_dir(str(self.path))
        except _DAMAGED as exc:
            raise self._damaged(exc) from None

    def _damaged(self, exc: Exception) -> SearchIndexError:
        return SearchIndexError(
            f"the search index at {self.path} is damaged ({type(exc).__name__}): "
            "rebuild it with `python cli.py index --rebuild`"
        )

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
        pool_mb: int = SYNC_POOL_MB,
    ) -> None:
        """Add or replace documents in one writer and one commit (a fresh index is written by `procs` processes)."""
        try:
            if fresh:
                writer = self.ix.writer(procs=procs, limitmb=pool_mb, multisegment=procs > 1)
            else:
                writer = self.ix.writer(timeout=30.0, limitmb=pool_mb)
        except LockError:
            raise SearchIndexError(
                f"the search index at {self.path} is being written by another process; try again later"
            ) from None
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

    def fingerprints(self) -> dict[int, str]:
        with self.ix.searcher() as searcher:
            return {int(f["id"]): f["fingerprint"] for f in searcher.all_stored_fields()}

    def search(self, request: SearchRequest) -> SearchResults:
        tree = ast.parse(request.query)
        try:
            return self._search(tree, request)
        except _DAMAGED as exc:
            raise self._damaged(exc) from None

    def matching_ids(self, request: SearchRequest) -> list[int]:
        """The archive ids of every article the query matches, ascending (for exports)."""
        tree = ast.parse(request.query)
        try:
            with self.ix.searcher() as searcher:

                def run(plan):
                    docnums = list(searcher.docs_for_query(self._filtered(plan, request)))
                    return docnums, bool(docnums)

                docnums = self._plans(searcher, tree, run)[0]
                return sorted(int(searcher.stored_fields(n)["id"]) for n in docnums)
        except _DAMAGED as exc:
            raise self._damaged(exc) from None

    def _plans(self, searcher, tree, run):
        """(result, plan, planner) of run(plan) -> (result, found anything): the word-pair plan first,
        plain syllables if it finds nothing."""
        planner = _Planner(searcher.reader(), self.abbreviations)
        for strict in (True, False):
            plan = planner.plan(tree, strict)
            if plan is None:
                raise ast.QuerySyntaxError("the query has nothing to search for")
            result, found = run(plan)
            if found or not planner.used_pairs:
                break
            planner.used_pairs = False
        return result, plan, planner

    def _search(self, tree, request: SearchRequest) -> SearchResults:
        with self.ix.searcher() as searcher:

            def run(plan):
                page = self._run(searcher, plan, request)
                return page, bool(page.results.scored_length())

            results, plan, planner = self._plans(searcher, tree, run)
            return self._results(searcher, results, plan, planner.highlight, request)

    @staticmethod
    def _total(searcher, results, plan, request: SearchRequest) -> tuple[int, bool]:
        """(total, is_estimate): exact when the search counted anyway, when the query is one term, or
        when the estimate is small enough to count; otherwise Whoosh's upper-bound estimate."""
        if results.has_exact_length():
            return len(results), False
        core = plan.a if isinstance(plan, q.AndMaybe) else plan
        filtered = request.union_only or request.date_from or request.date_to
        if isinstance(core, q.Term) and not filtered and not searcher.reader().has_deletions():
            return searcher.reader().doc_frequency(core.fieldname, core.text), False
        estimate = results.estimated_length()
        if estimate <= EXACT_COUNT_LIMIT:
            return len(results), False
        return estimate, True

    @staticmethod
    def _filtered(plan, request: SearchRequest):
        """The plan with the request's union and date filters."""
        filters = []
        if request.union_only:
            filters.append(q.Term("union", True))
        if request.date_from or request.date_to:
            start = _day_start(request.date_from) if request.date_from else None
            end = (
                _day_start(request.date_to + timedelta(days=1)) - timedelta(microseconds=1) if request.date_to else None
            )
            filters.append(q.DateRange("published", start, end))
        return q.And([plan, *filters]) if filters else plan

    def _run(self, searcher, plan, request: SearchRequest):
        plan = self._filtered(plan, request)
        kwargs = {}
        if request.sort == "date":
            kwargs["sortedby"] = sorting.FieldFacet("published", reverse=True)
        if request.count_by:
            kwargs["groupedby"] = {"facet": sorting.FieldFacet("source" if request.count_by == "source" else "month")}
            kwargs["maptype"] = sorting.Count
        return searcher.search_page(plan, request.page, pagelen=request.limit, terms=False, **kwargs)

    def _results(self, searcher, results, plan, highlight: set[str], request: SearchRequest) -> SearchResults:
        hits = [
            Hit(
                id=int(hit["id"]),
                url=hit["url"],
                title=hit["title_stored"],
                source=hit["source"],
                published=hit.get("published").replace(tzinfo=UTC) if hit.get("published") else None,
                score=round(hit.score or 0.0, 4),
            )
            for hit in results
        ]
        total, estimate = self._total(searcher, results.results, plan, request)
        counts = {}
        if request.count_by:
            grouped = Counter({str(k): v for k, v in results.results.groups("facet").items() if k is not None})
            if request.count_by == "year":
                years = Counter()
                for month, n in grouped.items():
                    years[month[:4]] += n
                grouped = years
            counts = dict(sorted(grouped.items()))
        return SearchResults(hits, total, estimate, highlight, counts)


def _day_start(day: date) -> datetime:
    return _utc_naive(datetime.combine(day, time(0), tzinfo=VN_TZ))


class _Planner:
    """Turns the parsed query into a Whoosh query (see the module docstring)."""

    def __init__(self, reader, abbreviations: Abbreviations):
        self.reader = reader
        self.abbreviations = abbreviations
        self.highlight: set[str] = set()
        self.used_pairs = False
        self.strict = True

    def plan(self, node, strict: bool = True):
        self.strict, self.highlight = strict, set()
        return self._node(node)

    def _node(self, node):
        if isinstance(node, ast.Words):
            return self._words(node.text)
        if isinstance(node, ast.Phrase):
            return self._phrase(node.text)
        if isinstance(node, ast.Filter):
            return self._filter(node)
        if isinstance(node, ast.Not):
            inner = self._node(node.node)
            return q.Not(inner) if inner is not None else None
        parts = [p for p in (self._node(n) for n in node.nodes) if p is not None]
        if not parts:
            return None
        if isinstance(node, ast.Or):
            return q.Or(parts)
        if all(isinstance(p, q.Not) for p in parts):
            parts.insert(0, q.Every())
        return parts[0] if len(parts) == 1 else q.And(parts)

    def _highlight(self, folded: list[str], exact: list[str]) -> None:
        """Words to mark in snippets: as typed when the user typed diacritics, folded otherwise."""
        self.highlight.update(exact if exact != folded else folded)

    def _df(self, field: str, term: str) -> int:
        return self.reader.doc_frequency(field, term)

    def _chain(self, words: list[str]):
        """Required clauses for a run of folded syllables: word pairs on the bigram field, the rest alone."""
        if len(words) == 1:
            return q.Term("body", words[0])
        if not self.strict:
            return q.And([q.Term("body", w) for w in words])
        clauses, i = [], 0
        while i < len(words):
            j = i
            while j + 1 < len(words) and self._is_word_pair(words[j], words[j + 1]):
                j += 1
            if j == i:
                clauses.append(q.Term("body", words[i]))
            else:
                clauses += [q.Term("pairs", pair) for pair in bigrams(words[i : j + 1])]
                self.used_pairs = True
            i = j + 1
        return clauses[0] if len(clauses) == 1 else q.And(clauses)

    def _is_word_pair(self, first: str, second: str) -> bool:
        pair = self._df("pairs", f"{first} {second}")
        return pair > 0 and pair >= WORD_PAIR_RATIO * min(self._df("body", first), self._df("body", second))

    def _words(self, text: str):
        folded, exact = syllables(text, FOLDED), syllables(text, EXACT)
        if not folded:
            return None
        self._highlight(folded, exact)
        required = []
        for segment in self.abbreviations.segments(folded):
            alternatives = [self._chain(words) for words in segment]
            required.append(alternatives[0] if len(alternatives) == 1 else q.Or(alternatives))
        required = required[0] if len(required) == 1 else q.And(required)
        return self._boosted(required, folded, exact)

    def _boosted(self, required, folded: list[str], exact: list[str]):
        """Titles first; accent-exact matches first when the user typed diacritics."""
        boosts = [q.Term("title", word, boost=TITLE_BOOST) for word in folded]
        if exact != folded:
            boosts += [q.Term("exact", word, boost=EXACT_BOOST) for word in exact]
        return q.AndMaybe(required, q.Or(boosts))

    def _phrase(self, text: str):
        folded, exact = syllables(text, FOLDED), syllables(text, EXACT)
        if not folded:
            return None
        self._highlight(folded, exact)
        if len(folded) == 1:
            return self._boosted(q.Term("body", folded[0]), folded, exact)
        required = q.And([*(q.Term("pairs", pair) for pair in bigrams(folded)), q.Phrase("body", folded)])
        return self._boosted(required, folded, exact)

    def _filter(self, node: ast.Filter):
        if node.name == "union":
            if node.value.lower() not in ("yes", "no", "true", "false", "1", "0"):
                raise ast.QuerySyntaxError(f"union: takes yes or no, not {node.value!r}")
            return q.Term("union", node.value.lower() in ("yes", "true", "1"))
        if node.name in ("source", "kind"):
            return q.Term(node.name, node.value.lower())
        if node.name == "province":
            return q.Term("province", slugify(node.value))
        words = syllables(node.value, FOLDED)
        if not words:
            raise ast.QuerySyntaxError(f"{node.name}: needs a value")
        return q.Term(node.name, words[0]) if len(words) == 1 else q.Phrase(node.name, words)


def replace_index(new: Path, current: Path) -> None:
    """Swap a freshly built index in place of the current one (searches keep working meanwhile)."""
    old = current.with_name(current.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if current.exists():
        current.rename(old)
    new.rename(current)
    shutil.rmtree(old, ignore_errors=True)
