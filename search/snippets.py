"""A snippet of an article around the words a query matched, with those words marked."""

from __future__ import annotations

from search.analysis import EXACT, FOLDED, SYLLABLE, normalize

WINDOW = 32  # syllables


def snippet(text: str, terms: set[str], mark: tuple[str, str] = ("<mark>", "</mark>"), window: int = WINDOW) -> str:
    """The `window` syllables of `text` holding most of the `terms` (folded ones match any diacritics,
    accented ones only themselves), each match marked."""
    accented = any(term != normalize(term, FOLDED) for term in terms)
    seen = normalize(text, EXACT if accented else FOLDED)
    if len(seen) != len(text):  # offsets would not line up; show the start unmarked
        return " ".join(text.split()[:window])
    tokens = [(m.start(), m.end(), m[0]) for m in SYLLABLE.finditer(seen)]
    if not tokens:
        return ""
    hits = [i for i, (_, _, word) in enumerate(tokens) if word in terms]
    best = max(range(len(tokens)), key=lambda start: sum(start <= h < start + window for h in hits)) if hits else 0
    best = max(0, min(best - 3, len(tokens) - window))  # a little context before the first match
    shown = tokens[best : best + window]
    out, cursor = [], shown[0][0]
    for start, end, word in shown:
        out.append(text[cursor:start])
        out.append(f"{mark[0]}{text[start:end]}{mark[1]}" if word in terms else text[start:end])
        cursor = end
    prefix = "…" if best > 0 else ""
    suffix = "…" if best + window < len(tokens) else ""
    return prefix + " ".join("".join(out).split()) + suffix
