"""The search language evaluated by brute force over the articles themselves, for tests only.

It shares the Vietnamese analysis (search/analysis.py) and the abbreviation list with the engines,
and nothing else: the match rules and the ranking tiers are written out plainly here, over sets and
lists of syllables, so that an engine's index, query plan or collector cannot be wrong in the same
way (docs/search.md states the same rules).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from extraction.dates import VN_TZ
from extraction.vietnamese import slugify
from search import query as ast
from search.abbreviations import Abbreviations
from search.analysis import EXACT, FOLDED, SYLLABLE, normalize, syllables
from search.engine import IndexDocument, SearchRequest

WORD_PAIR_RATIO = 0.25
EXACT_TIER, TITLE_TIER = 10_000, 1_000


def _pairs(text: str) -> set[str]:
    """Adjacent folded syllables with only spaces between them."""
    folded = normalize(text, FOLDED)
    found, previous = set(), None
    for match in SYLLABLE.finditer(folded):
        if previous is not None and not folded[previous.end() : match.start()].strip():
            found.add(f"{previous[0]} {match[0]}")
        previous = match
    return found


def _contains_run(words: list[str], run: list[str]) -> bool:
    n = len(run)
    return any(words[i : i + n] == run for i in range(len(words) - n + 1))


@dataclass
class _Article:
    doc: IndexDocument
    body: list[str]
    body_set: set[str]
    pairs: set[str]
    exact: set[str]
    title: set[str]
    fields: dict[str, list[str]]


class Oracle:
    def __init__(self, docs: list[IndexDocument], abbreviations: Abbreviations | None = None):
        self.abbreviations = abbreviations or Abbreviations.load()
        self.articles = []
        for doc in docs:
            body = "\n\n".join(part for part in (doc.title, doc.lead, doc.text) if part)
            words = syllables(body, FOLDED)
            self.articles.append(
                _Article(
                    doc,
                    words,
                    set(words),
                    _pairs(body),
                    set(syllables(body, EXACT)),
                    set(syllables(doc.title, FOLDED)),
                    {
                        "author": syllables(doc.author, FOLDED),
                        "category": syllables(doc.category, FOLDED),
                        "tags": syllables("\n".join(doc.tags), FOLDED),
                    },
                )
            )

    # Statistics, counted -------------------------------------------------------------------------

    def _df_body(self, word: str) -> int:
        return sum(word in a.body_set for a in self.articles)

    def _df_pair(self, pair: str) -> int:
        return sum(pair in a.pairs for a in self.articles)

    def _is_word(self, first: str, second: str) -> bool:
        pair = self._df_pair(f"{first} {second}")
        return pair > 0 and pair >= WORD_PAIR_RATIO * min(self._df_body(first), self._df_body(second))

    # Matching ------------------------------------------------------------------------------------

    def _chain(self, article: _Article, words: list[str], strict: bool) -> bool:
        """Strict: syllables that form words (by the statistics) must occur as adjacent pairs."""
        if len(words) == 1 or not strict:
            return all(w in article.body_set for w in words)
        i = 0
        while i < len(words):
            j = i
            while j + 1 < len(words) and self._is_word(words[j], words[j + 1]):
                j += 1
            if j == i:
                if words[i] not in article.body_set:
                    return False
            else:
                if not all(f"{a} {b}" in article.pairs for a, b in zip(words[i:j], words[i + 1 : j + 1], strict=True)):
                    return False
            i = j + 1
        return True

    def _matches(self, node, article: _Article, strict: bool) -> bool:
        if isinstance(node, ast.Words):
            words = syllables(node.text, FOLDED)
            return all(
                any(self._chain(article, alternative, strict) for alternative in segment)
                for segment in self.abbreviations.segments(words)
            )
        if isinstance(node, ast.Phrase):
            return _contains_run(article.body, syllables(node.text, FOLDED))
        if isinstance(node, ast.Filter):
            return self._filter(node, article)
        if isinstance(node, ast.Not):
            return not self._matches(node.node, article, strict)
        results = [self._matches(n, article, strict) for n in node.nodes]
        return any(results) if isinstance(node, ast.Or) else all(results)

    @staticmethod
    def _filter(node: ast.Filter, article: _Article) -> bool:
        doc = article.doc
        if node.name == "union":
            return doc.union_related == (node.value.lower() in ("yes", "true", "1"))
        if node.name in ("source", "kind"):
            return getattr(doc, node.name) == node.value.lower()
        if node.name == "province":
            return slugify(doc.province) == slugify(node.value)
        return _contains_run(article.fields[node.name], syllables(node.value, FOLDED))

    @staticmethod
    def _in_range(article: _Article, request: SearchRequest) -> bool:
        published = article.doc.published
        if request.union_only and not article.doc.union_related:
            return False
        if request.date_from and (
            published is None or published < datetime.combine(request.date_from, time(0), tzinfo=VN_TZ)
        ):
            return False
        if request.date_to:
            end = datetime.combine(request.date_to + timedelta(days=1), time(0), tzinfo=VN_TZ)
            if published is None or published >= end:
                return False
        return True

    def _uses_pairs(self, node) -> bool:
        """Whether the word-pair reading of the query differs from the plain one anywhere."""
        if isinstance(node, ast.Words):
            words = syllables(node.text, FOLDED)
            return any(
                self._is_word(a, b)
                for segment in self.abbreviations.segments(words)
                for alternative in segment
                for a, b in itertools.pairwise(alternative)
            )
        if isinstance(node, ast.Not):
            return self._uses_pairs(node.node)
        return isinstance(node, ast.And | ast.Or) and any(self._uses_pairs(n) for n in node.nodes)

    def matches(self, request: SearchRequest) -> set[int]:
        """The ids of the articles the query matches; the plain-syllable reading only when the
        word-pair reading used pairs and matched nothing."""
        tree = ast.parse(request.query)
        candidates = [a for a in self.articles if self._in_range(a, request)]
        found = {a.doc.id for a in candidates if self._matches(tree, a, strict=True)}
        if not found and self._uses_pairs(tree):
            found = {a.doc.id for a in candidates if self._matches(tree, a, strict=False)}
        return found

    # Ranking tiers ------------------------------------------------------------------------------

    def tier(self, text: str, article_id: int) -> int:
        """For a query of plain words or one phrase: the accent-exact tier (diacritics typed and every
        typed word in that exact form) plus the title tier (every word in the title)."""
        article = next(a for a in self.articles if a.doc.id == article_id)
        typed = text.strip().strip('"')
        folded, exact = syllables(typed, FOLDED), syllables(typed, EXACT)
        score = 0
        if exact != folded and set(exact) <= article.exact:
            score += EXACT_TIER
        if set(folded) <= article.title:
            score += TITLE_TIER
        return score
