"""A snippet of an article around what a query matched, with exactly that marked.

Only the query's positive words are marked (not those after NOT or -), as the runs of syllables
that were typed together: "lao dong" marks "lao động" but not a lone "Lào" or "Đông". When
diacritics were typed and the article has the words in that exact form, only the exact form is
marked. The passage shown is the one where most of the query's words occur.
"""

from __future__ import annotations

from search.analysis import EXACT, FOLDED, SYLLABLE, normalize
from search.plan import Mark

WINDOW = 32  # syllables


def _occurrences(folded: list[str], exact: list[str], mark: Mark) -> list[range]:
    """Token ranges where `mark` occurs: its whole run (its exact form if the text has it), else,
    for a run matched loosely, its syllables one by one."""
    runs: list[range] = []
    for words in ([mark.exact] if mark.exact else []) + [mark.folded]:
        tokens = exact if words is mark.exact else folded
        n = len(words)
        runs = [range(i, i + n) for i in range(len(tokens) - n + 1) if tuple(tokens[i : i + n]) == words]
        if runs:
            return runs
    for words, tokens in ((mark.exact, exact), (mark.folded, folded)):
        if words:
            singles = [range(i, i + 1) for i, token in enumerate(tokens) if token in set(words)]
            if singles:
                return singles
    return []


def snippet(text: str, marks: list[Mark], mark: tuple[str, str] = ("<mark>", "</mark>"), window: int = WINDOW) -> str:
    """The `window` syllables of `text` where most of `marks` occur, those occurrences marked."""
    folded_text, exact_text = normalize(text, FOLDED), normalize(text, EXACT)
    if len(folded_text) != len(text) or len(exact_text) != len(text):  # offsets would not line up
        return " ".join(text.split()[:window])
    spans = [(m.start(), m.end()) for m in SYLLABLE.finditer(folded_text)]
    if not spans:
        return ""
    folded = [folded_text[a:b] for a, b in spans]
    exact = [exact_text[a:b] for a, b in spans]
    found = [(k, run) for k, m in enumerate(marks) for run in _occurrences(folded, exact, m)]

    def coverage(start: int) -> tuple[int, int]:
        inside = [(k, run) for k, run in found if start <= run.start and run.stop <= start + window]
        return len({k for k, _ in inside}), len(inside)

    best = max(range(len(spans)), key=coverage) if found else 0
    if found:
        first = min(run.start for _, run in found if best <= run.start)
        best = max(0, min(first - 3, len(spans) - window))  # a little context before the first match
    marked = {i for _, run in found for i in run}
    shown = range(best, min(best + window, len(spans)))
    out, cursor = [], spans[shown[0]][0]
    for i in shown:  # a run of marked syllables is marked as one
        start, end = spans[i]
        opens = i in marked and (i - 1 not in marked or i == shown.start)
        closes = i in marked and (i + 1 not in marked or i == shown.stop - 1)
        out += [text[cursor:start], mark[0] if opens else "", text[start:end], mark[1] if closes else ""]
        cursor = end
    prefix = "…" if best > 0 else ""
    suffix = "…" if best + window < len(spans) else ""
    return prefix + " ".join("".join(out).split()) + suffix
