"""Vietnamese analysis for the index: syllables of NFC text, lowercased, one tone placement, and
either folded (no diacritics, đ -> d), accent-exact, or folded syllable bigrams.

No stop words and no minimum length: ``an`` (an toàn), ``y`` (y tế), ``may`` are real syllables.
The class is pickled into the index's schema: keep this module path and class name stable.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from whoosh.analysis import Token, Tokenizer

from extraction.vietnamese import canonical_tones, fold

# Syllables; numbers keep their Vietnamese separators (40.993, 36,5).
SYLLABLE = re.compile(r"\w+(?:[.,]\d+)*")
FOLDED, EXACT, BIGRAM = "folded", "exact", "bigram"


def normalize(text: str, mode: str = FOLDED) -> str:
    """The text as the index sees it; same length as an NFC input, so offsets still point into it."""
    text = canonical_tones(text).lower()
    return text if mode == EXACT else fold(text)


def syllables(text: str, mode: str = FOLDED) -> list[str]:
    return SYLLABLE.findall(normalize(text, mode))


def bigrams(words: list[str]) -> list[str]:
    """Adjacent pairs of query syllables: ``["lao", "dong", "gioi"]`` -> ``["lao dong", "dong gioi"]``."""
    return [f"{a} {b}" for a, b in itertools.pairwise(words)]


class VietnameseTokenizer(Tokenizer):
    """A Whoosh tokenizer (usable as a field analyzer) in one of three modes: FOLDED, EXACT, BIGRAM."""

    def __init__(self, mode: str = FOLDED):
        self.mode = mode

    def __eq__(self, other: object) -> bool:
        return isinstance(other, VietnameseTokenizer) and other.mode == self.mode

    def __hash__(self) -> int:
        return hash(self.mode)

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        text = normalize(value, FOLDED if self.mode == BIGRAM else self.mode)
        matches = SYLLABLE.finditer(text) if tokenize else iter([re.match(r".*", text, re.S)])
        previous = None
        pos = start_pos
        for match in matches:
            if self.mode == BIGRAM:
                # A pair never spans punctuation: "tỷ; an" is not a bigram.
                if previous is None or text[previous.end() : match.start()].strip():
                    previous = match
                    continue
                first, previous = previous, match
                token.text = f"{first[0]} {match[0]}"
                start = first.start()
            else:
                token.text = match[0]
                start = match.start()
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = token.text
            if positions:
                token.pos = pos
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + match.end()
            pos += 1
            yield token
