"""Is an article about unions? Whole-word matches against an editable term list."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from extraction.vietnamese import canonical_tones

TERMS_FILE = Path(__file__).with_name("union_terms.txt")


@lru_cache(maxsize=4)
def _pattern(path: Path) -> re.Pattern[str]:
    terms = [
        canonical_tones(line.strip()).lower()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def union_terms(text: str, terms_file: Path = TERMS_FILE) -> list[str]:
    """The union terms found in `text`, sorted, each once."""
    return sorted(set(_pattern(terms_file).findall(canonical_tones(text).lower())))
