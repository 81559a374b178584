"""Abbreviations and their expansions, matched both ways at query time (search/abbreviations.txt)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from search.analysis import FOLDED, syllables

ABBREVIATIONS_FILE = Path(__file__).with_name("abbreviations.txt")


@dataclass(frozen=True)
class Abbreviations:
    """Pairs of (abbreviation syllable, expansion syllables), folded, longest expansion first."""

    pairs: tuple[tuple[str, tuple[str, ...]], ...]

    @classmethod
    def load(cls, path: Path = ABBREVIATIONS_FILE) -> Abbreviations:
        pairs = []
        for line in path.read_text(encoding="utf-8").splitlines():
            short, sep, long = line.partition("=")
            if line.lstrip().startswith("#") or not sep:
                continue
            abbreviation, expansion = syllables(short, FOLDED), syllables(long, FOLDED)
            if len(abbreviation) == 1 and expansion:
                pairs.append((abbreviation[0], tuple(expansion)))
        return cls(tuple(sorted(pairs, key=lambda p: -len(p[1]))))

    def segments(self, words: list[str]) -> list[list[list[str]]]:
        """Split folded query syllables into segments, each a list of alternatives: an abbreviation or
        its expansion gives two (``ldld`` <-> ``lien doan lao dong``), plain runs give one."""
        segments: list[list[list[str]]] = []
        plain: list[str] = []
        i = 0
        while i < len(words):
            for short, long in self.pairs:
                if words[i] == short or tuple(words[i : i + len(long)]) == long:
                    if plain:
                        segments.append([plain])
                        plain = []
                    segments.append([[short], list(long)])
                    i += 1 if words[i] == short else len(long)
                    break
            else:
                plain.append(words[i])
                i += 1
        if plain:
            segments.append([plain])
        return segments
