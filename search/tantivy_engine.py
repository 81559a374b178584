"""The tantivy implementation of the search engine, for archives that outgrow Whoosh.

The Vietnamese analysis stays the project's own (search/analysis.py), run in Python: each text
field is handed to tantivy as its syllables separated by spaces (folded, accent-exact, or folded
word pairs joined by ``_``), split again by tantivy's whitespace tokenizer. The query plan is the
one Whoosh uses (search/plan.py), translated into tantivy queries; tantivy scores with BM25.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, time, timedelta
from itertools import islice
from pathlib import Path

import tantivy

from extraction.dates import VN_TZ
from extraction.vietnamese import fold, slugify
from search import query as ast
from search.abbreviations import Abbreviations
from search.analysis import EXACT, SYLLABLE, normalize
from search.engine import UNDATED, Hit, IndexDocument, SearchIndexError, SearchRequest, SearchResults
from search.plan import All, Any, Constant, Every, Exclude, Phrase, Plan, Planner, Ranked, Term, plans

TOKENIZER = "congdoan_ws"  # not stored in the index: every process registers it
WRITER_HEAP = 256_000_000
CHUNK = 200  # documents per analysis task
_TEXT = ("title", "body", "pairs", "exact", "author", "category", "tags")


def schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_integer_field("id", stored=True, indexed=True, fast=True)
    builder.add_integer_field("fp", fast=True)  # the content fingerprint's first 60 bits, for `index --check`
    for name in ("url", "title_stored"):
        builder.add_text_field(name, stored=True, tokenizer_name="raw", index_option="basic")
    for name in ("source", "province", "kind", "month", "year"):
        builder.add_text_field(name, stored=name == "source", fast=True, tokenizer_name="raw", index_option="basic")
    for name in ("title", "pairs", "exact"):
        builder.add_text_field(name, tokenizer_name=TOKENIZER, index_option="freq")
    for name in ("body", "author", "category", "tags"):
        builder.add_text_field(name, tokenizer_name=TOKENIZER, index_option="position")
    builder.add_boolean_field("union", indexed=True, fast=True)
    builder.add_date_field("published", stored=True, indexed=True, fast=True)
    return builder.build()


def _fingerprint_bits(fingerprint: str) -> int:
    try:
        return int(fingerprint[:15], 16)
    except ValueError:
        return hash(fingerprint) & (2**60 - 1)


def analyze(doc: IndexDocument) -> dict:
    """The fields of one article as tantivy takes them (the CPU-heavy part of indexing)."""
    body = "\n\n".join(part for part in (doc.title, doc.lead, doc.text) if part)
    exact_text = normalize(body, EXACT)
    folded_text = fold(exact_text)  # the same length: syllables sit at the same offsets in both
    folded = SYLLABLE.findall(folded_text)
    between = SYLLABLE.split(folded_text)[1:-1]  # what separates syllable i from syllable i + 1
    pairs = [f"{a}_{b}" for a, b, gap in zip(folded, folded[1:], between, strict=False) if not gap.strip()]
    exact = SYLLABLE.findall(exact_text) if len(exact_text) == len(folded_text) else []
    fields = {
        "id": doc.id,
        "fp": _fingerprint_bits(doc.fingerprint),
        "url": doc.url,
        "title_stored": doc.title,
        "source": doc.source,
        "province": slugify(doc.province),
        "kind": doc.kind,
        "title": _words(doc.title),
        "body": " ".join(folded),
        "pairs": " ".join(pairs),
        "exact": " ".join(exact) if len(exact) == len(folded) else _words(body, EXACT),
        "author": _words(doc.author),
        "category": _words(doc.category),
        "tags": " \n ".join(_words(tag) for tag in doc.tags),
        "union": doc.union_related,
    }
    if doc.published:
        local = doc.published.astimezone(VN_TZ)
        fields |= {"published": doc.published.astimezone(UTC), "month": local.strftime("%Y-%m"), "year": f"{local:%Y}"}
    else:
        fields |= {"month": UNDATED, "year": UNDATED}
    return fields


def _words(text: str, mode: str = "folded") -> str:
    return " ".join(SYLLABLE.findall(normalize(text, mode)))


def _analyze_chunk(docs: list[IndexDocument]) -> list[dict]:
    return [analyze(doc) for doc in docs]


def _chunks(documents: Iterable[IndexDocument]) -> Iterator[list[IndexDocument]]:
    iterator = iter(documents)
    while chunk := list(islice(iterator, CHUNK)):
        yield chunk


class TantivyEngine:
    """An index directory. Opening a missing or damaged one raises SearchIndexError saying what to do."""

    def __init__(self, path: Path, create: bool = False):
        self.path = Path(path)
        self.abbreviations = Abbreviations.load()
        self.schema = schema()
        try:
            if create:
                self.path.mkdir(parents=True, exist_ok=True)
                self.ix = tantivy.Index(self.schema, path=str(self.path), reuse=False)
            else:
                if not self.exists(self.path):
                    raise SearchIndexError.missing(self.path)
                self.ix = tantivy.Index.open(str(self.path))
            self.ix.register_tokenizer(TOKENIZER, tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build())
        except (ValueError, OSError) as exc:
            raise SearchIndexError.damaged(self.path, exc) from None

    @staticmethod
    def exists(path: Path) -> bool:
        return (Path(path) / "meta.json").exists()

    # Writing -----------------------------------------------------------------------------------

    def _writer(self, threads: int):
        try:
            return self.ix.writer(WRITER_HEAP, threads)
        except ValueError as exc:
            if "lock" in str(exc).lower():
                raise SearchIndexError.locked(self.path) from None
            raise SearchIndexError.damaged(self.path, exc) from None

    def add(
        self,
        documents: Iterable[IndexDocument],
        progress: Callable[[int], None] | None = None,
        procs: int = 1,
        fresh: bool = False,
    ) -> None:
        """Add or replace documents in one writer and one commit; a fresh index is analysed by
        `procs` processes while tantivy's writer thread indexes (one is enough: the Python
        analysis is the bound, and more threads only take cores from it)."""
        pool = multiprocessing.get_context("spawn").Pool(procs) if procs > 1 else None
        writer = self._writer(1)
        try:
            chunks = _chunks(documents)
            analysed = pool.imap(_analyze_chunk, chunks) if pool else map(_analyze_chunk, chunks)
            for fields_list in analysed:
                for fields in fields_list:
                    if not fresh:
                        writer.delete_documents_by_term("id", fields["id"])
                    writer.add_document(tantivy.Document(**fields))
                if progress:
                    progress(len(fields_list))
            writer.commit()
            writer.wait_merging_threads()
        except BaseException:
            with contextlib.suppress(Exception):
                writer.rollback()
            raise
        finally:
            if pool:
                pool.terminate()
        self.ix.reload()

    def delete(self, ids: list[int]) -> None:
        writer = self._writer(1)
        for article_id in ids:
            writer.delete_documents_by_term("id", article_id)
        writer.commit()
        writer.wait_merging_threads()
        self.ix.reload()

    # Reading -----------------------------------------------------------------------------------

    def doc_count(self) -> int:
        return self.ix.searcher().num_docs

    def _all(self, searcher, query) -> list:
        return [address for _, address in searcher.search(query, max(1, searcher.num_docs), count=False).hits]

    @staticmethod
    def comparable(fingerprint: str) -> int:
        """An archive fingerprint as `fingerprints()` gives it."""
        return _fingerprint_bits(fingerprint)

    def fingerprints(self) -> dict[int, int]:
        """Archive id -> fingerprint bits of every indexed article."""
        searcher = self.ix.searcher()
        addresses = self._all(searcher, tantivy.Query.all_query())
        ids = searcher.fast_field_values("id", addresses)
        return dict(zip(ids, searcher.fast_field_values("fp", addresses), strict=True))

    def search(self, request: SearchRequest) -> SearchResults:
        tree = ast.parse(request.query)
        try:
            return self._search(tree, request)
        except ast.QuerySyntaxError:
            raise
        except (ValueError, OSError) as exc:
            raise SearchIndexError.damaged(self.path, exc) from None

    def matching_ids(self, request: SearchRequest) -> list[int]:
        """The archive ids of every article the query matches, ascending (for exports)."""
        tree = ast.parse(request.query)
        searcher = self.ix.searcher()

        def run(plan):
            addresses = self._all(searcher, self._filtered(plan, request))
            return addresses, bool(addresses)

        addresses, _ = plans(self._planner(searcher), tree, run)
        return sorted(searcher.fast_field_values("id", addresses))

    def _planner(self, searcher) -> Planner:
        def df(field: str, term: str) -> int:
            return searcher.doc_freq(field, term.replace(" ", "_") if field == "pairs" else term)

        return Planner(df, self.abbreviations)

    def _search(self, tree, request: SearchRequest) -> SearchResults:
        searcher = self.ix.searcher()
        offset = (request.page - 1) * request.limit

        def run(plan):
            query = self._filtered(plan, request)
            if request.sort == "date":
                found = searcher.search(
                    query,
                    request.limit,
                    count=True,
                    order_by_field="published",
                    offset=offset,
                    order=tantivy.Order.Desc,
                )
            else:
                found = searcher.search(query, request.limit, count=True, offset=offset)
            return (found, query), found.count > 0

        (found, query), plan = plans(self._planner(searcher), tree, run)
        hits = []
        for key, address in found.hits:
            stored = searcher.doc(address).to_dict()
            published = stored.get("published", [None])[0]
            hits.append(
                Hit(
                    id=stored["id"][0],
                    url=stored["url"][0],
                    title=stored["title_stored"][0],
                    source=stored["source"][0],
                    published=published.replace(tzinfo=UTC) if published else None,
                    score=round(key, 4) if request.sort == "relevance" else 0.0,
                )
            )
        counts = self._counts(searcher, query, request.count_by) if request.count_by else {}
        return SearchResults(hits, found.count, False, plan.marks, counts)

    @staticmethod
    def _counts(searcher, query, count_by: str) -> dict[str, int]:
        field = {"source": "source", "year": "year", "month": "month"}[count_by]
        result = searcher.aggregate(query, {"by": {"terms": {"field": field, "size": 100_000}}})
        return dict(sorted((b["key"], b["doc_count"]) for b in result["by"]["buckets"]))

    def _filtered(self, plan: Plan, request: SearchRequest):
        """The plan as a tantivy query, with the request's union and date filters."""
        clauses = [(tantivy.Occur.Must, self._query(plan.root))]
        if request.union_only:
            clauses.append((tantivy.Occur.Must, tantivy.Query.term_query(self.schema, "union", True)))
        if request.date_from or request.date_to:
            start = _day_start(request.date_from) if request.date_from else None
            end = _day_start(request.date_to + timedelta(days=1)) if request.date_to else None
            date_range = tantivy.Query.range_query(
                self.schema, "published", tantivy.FieldType.Date, start, end, include_upper=end is None
            )
            clauses.append((tantivy.Occur.Must, date_range))
        return clauses[0][1] if len(clauses) == 1 else tantivy.Query.boolean_query(clauses)

    def _query(self, node):
        """A plan node as a tantivy query."""
        Q, Occur = tantivy.Query, tantivy.Occur  # noqa: N806
        if isinstance(node, Term):
            text = node.text.replace(" ", "_") if node.field == "pairs" else node.text
            query = Q.term_query(self.schema, node.field, text)
            return Q.boost_query(query, node.boost) if node.boost != 1.0 else query
        if isinstance(node, Phrase):
            return Q.phrase_query(self.schema, node.field, list(node.words))
        if isinstance(node, All):
            return Q.boolean_query(
                [
                    (Occur.MustNot, self._query(n.node)) if isinstance(n, Exclude) else (Occur.Must, self._query(n))
                    for n in node.nodes
                ]
            )
        if isinstance(node, Any):
            return Q.boolean_query([(Occur.Should, self._query(n)) for n in node.nodes])
        if isinstance(node, Exclude):
            return Q.boolean_query([(Occur.Must, Q.all_query()), (Occur.MustNot, self._query(node.node))])
        if isinstance(node, Every):
            return Q.all_query()
        if isinstance(node, Ranked):
            optional = [(Occur.Should, self._query(n)) for n in node.optional]
            return Q.boolean_query([(Occur.Must, self._query(node.required)), *optional])
        if isinstance(node, Constant):
            return Q.const_score_query(self._query(node.node), node.score)
        raise TypeError(f"no tantivy query for {node!r}")


def _day_start(day) -> datetime:
    return datetime.combine(day, time(0), tzinfo=VN_TZ).astimezone(UTC)
