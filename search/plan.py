"""The query plan: the parsed query turned into index queries, the same for every engine.

Vietnamese words are several syllables, and the syllables of common words occur in most articles,
so an AND of syllables is slow and imprecise. Typed words are split into chains of syllables that
the index says form words (their bigram is frequent relative to the syllables), and each chain is
matched on the folded-bigram field; single syllables are matched on the folded syllable field. If
that finds nothing, the plain syllables are tried (``strict=False``). A quoted phrase is a
positional match of its syllables, punctuation ignored.

Ranking comes in tiers that no text score can cross: when diacritics were typed, articles with
every typed word in its accent-exact form come first (EXACT_TIER); then articles with every word in
the title (TITLE_TIER); within a tier, the engine's BM25 over body and title decides.
Engines translate the plan's nodes into their own queries (search/whoosh_engine.py,
search/tantivy_engine.py); tests evaluate the same query by brute force (tests/search_oracle.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from extraction.vietnamese import slugify
from search import query as ast
from search.abbreviations import Abbreviations
from search.analysis import EXACT, FOLDED, bigrams, syllables

WORD_PAIR_RATIO = 0.25  # a syllable pair is a word when its bigram is this frequent relative to its syllables
TITLE_BOOST = 3.0
EXACT_TIER = 10_000.0
TITLE_TIER = 1_000.0


@dataclass(frozen=True)
class Term:
    field: str
    text: str | bool
    boost: float = 1.0


@dataclass(frozen=True)
class Phrase:
    field: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class All:
    nodes: tuple


@dataclass(frozen=True)
class Any:
    nodes: tuple


@dataclass(frozen=True)
class Exclude:
    node: object


@dataclass(frozen=True)
class Every:
    pass


@dataclass(frozen=True)
class Ranked:
    """`required` decides the matches; `optional` clauses only add to their score."""

    required: object
    optional: tuple


@dataclass(frozen=True)
class Constant:
    """Matches what `node` matches, scoring exactly `score`."""

    node: object
    score: float


@dataclass(frozen=True)
class Mark:
    """What a snippet highlights: a run of folded syllables, and its exact form if diacritics were typed."""

    folded: tuple[str, ...]
    exact: tuple[str, ...] | None = None


@dataclass
class Plan:
    root: object
    marks: list[Mark] = field(default_factory=list)
    used_pairs: bool = False


class Planner:
    """Plans queries against one index, whose document frequencies `df(field, term)` it asks for."""

    def __init__(self, df: Callable[[str, str], int], abbreviations: Abbreviations):
        self.df = df
        self.abbreviations = abbreviations

    def plan(self, tree, strict: bool = True) -> Plan:
        """The plan of a parsed query; QuerySyntaxError if nothing in it can be searched for."""
        self._strict, self._plan = strict, Plan(None)
        root = self._node(tree, positive=True)
        if root is None:
            raise ast.QuerySyntaxError("the query has nothing to search for")
        self._plan.root = root
        return self._plan

    def _node(self, node, positive: bool):
        if isinstance(node, ast.Words):
            return self._words(node.text, positive)
        if isinstance(node, ast.Phrase):
            return self._phrase(node.text, positive)
        if isinstance(node, ast.Filter):
            return _filter(node)
        if isinstance(node, ast.Not):
            inner = self._node(node.node, not positive)
            return Exclude(inner) if inner is not None else None
        parts = [p for p in (self._node(n, positive) for n in node.nodes) if p is not None]
        if not parts:
            return None
        if isinstance(node, ast.Or):
            return Any(tuple(parts))
        if all(isinstance(p, Exclude) for p in parts):
            parts.insert(0, Every())
        return parts[0] if len(parts) == 1 else All(tuple(parts))

    def _mark(self, folded: list[str], exact: list[str], positive: bool) -> None:
        if positive:
            self._plan.marks.append(Mark(tuple(folded), tuple(exact) if exact != folded else None))

    def _chain(self, words: list[str]):
        """Required clauses for a run of folded syllables: word pairs on the bigram field, the rest alone."""
        if len(words) == 1:
            return Term("body", words[0])
        if not self._strict:
            return All(tuple(Term("body", w) for w in words))
        clauses, i = [], 0
        while i < len(words):
            j = i
            while j + 1 < len(words) and self.is_word_pair(words[j], words[j + 1]):
                j += 1
            if j == i:
                clauses.append(Term("body", words[i]))
            else:
                clauses += [Term("pairs", pair) for pair in bigrams(words[i : j + 1])]
                self._plan.used_pairs = True
            i = j + 1
        return clauses[0] if len(clauses) == 1 else All(tuple(clauses))

    def is_word_pair(self, first: str, second: str) -> bool:
        pair = self.df("pairs", f"{first} {second}")
        return pair > 0 and pair >= WORD_PAIR_RATIO * min(self.df("body", first), self.df("body", second))

    def _words(self, text: str, positive: bool):
        folded, exact = syllables(text, FOLDED), syllables(text, EXACT)
        if not folded:
            return None
        self._mark(folded, exact, positive)
        required = []
        for segment in self.abbreviations.segments(folded):
            alternatives = [self._chain(words) for words in segment]
            required.append(alternatives[0] if len(alternatives) == 1 else Any(tuple(alternatives)))
        return _ranked(required[0] if len(required) == 1 else All(tuple(required)), folded, exact)

    def _phrase(self, text: str, positive: bool):
        folded, exact = syllables(text, FOLDED), syllables(text, EXACT)
        if not folded:
            return None
        self._mark(folded, exact, positive)
        required = Term("body", folded[0]) if len(folded) == 1 else Phrase("body", tuple(folded))
        return _ranked(required, folded, exact)


def _ranked(required, folded: list[str], exact: list[str]) -> Ranked:
    """The matches of `required`, ranked: the accent-exact tier (diacritics typed), the title tier,
    then title words boosted over body words."""
    optional = []
    if exact != folded:
        optional.append(Constant(All(tuple(Term("exact", w) for w in dict.fromkeys(exact))), EXACT_TIER))
    optional.append(Constant(All(tuple(Term("title", w) for w in dict.fromkeys(folded))), TITLE_TIER))
    optional += [Term("title", w, TITLE_BOOST) for w in dict.fromkeys(folded)]
    return Ranked(required, tuple(optional))


def _filter(node: ast.Filter):
    if node.name == "union":
        if node.value.lower() not in ("yes", "no", "true", "false", "1", "0"):
            raise ast.QuerySyntaxError(f"union: takes yes or no, not {node.value!r}")
        return Term("union", node.value.lower() in ("yes", "true", "1"))
    if node.name in ("source", "kind"):
        return Term(node.name, node.value.lower())
    if node.name == "province":
        return Term("province", slugify(node.value))
    words = syllables(node.value, FOLDED)
    if not words:
        raise ast.QuerySyntaxError(f"{node.name}: needs a value")
    return Term(node.name, words[0]) if len(words) == 1 else Phrase(node.name, tuple(words))


def plans(planner: Planner, tree, run: Callable[[Plan], tuple[object, bool]]):
    """(result, plan) of run(plan) -> (result, found anything): the word-pair plan first, the plain
    syllables if it found nothing."""
    plan = planner.plan(tree, strict=True)
    result, found = run(plan)
    if not found and plan.used_pairs:
        plan = planner.plan(tree, strict=False)
        result, _ = run(plan)
    return result, plan
