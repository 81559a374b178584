"""Vietnamese text normalisation shared by extraction, replicas and search."""

from __future__ import annotations

import re
import unicodedata


# Tone placement ("hoà" vs "hòa") differs only for oa, oe, uy without a final consonant. The seed
# pages write "hòa", "Ủy": the mark on the first vowel is our canonical form. The table maps each
# second-vowel-toned pair (NFC) straight to its canonical spelling.
def _tone_pairs() -> dict[str, str]:
    pairs = {}
    for first, seconds in (("o", "ae"), ("u", "y")):
        for second in seconds:
            for tone in "\u0300\u0301\u0309\u0303\u0323":
                for f, s in ((first, second), (first.upper(), second.upper()), (first.upper(), second)):
                    toned = unicodedata.normalize("NFC", s + tone)
                    pairs[f + toned] = unicodedata.normalize("NFC", f + tone) + s
    return pairs


_TONE_PAIRS = _tone_pairs()
# A character class, not an alternation of the pairs: the regex engine scans long texts far faster.
_SECOND_VOWEL_TONE = re.compile(rf"(?<![qQ])[oOuU][{''.join(sorted({pair[1] for pair in _TONE_PAIRS}))}](?!\w)")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Letters only Vietnamese writes: ơ, ư and the Latin Extended Additional block (ạ, ả, ấ, … ỹ). Not â, ê,
# ô (French), ă (Romanian) nor đ (Croatian).
VIETNAMESE_LETTER = re.compile("[\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")


def _fold_table() -> dict[int, str | None]:
    """Every precomposed Latin letter to its base letter, combining marks to nothing, đ/Đ to d/D."""
    table: dict[int, str | None] = {0x0110: "D", 0x0111: "d", 0x00D0: "D", 0x00F0: "d"}
    for code in [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)]:
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii():
            table[code] = base
    table.update(dict.fromkeys(range(0x0300, 0x0370)))
    return table


_FOLD_TABLE = _fold_table()


_NORDIC = re.compile("[þÞæÆøØ]")  # beside ð, these mean Icelandic or Faroese, where ð is a letter of its own


def nfc(text: str) -> str:
    """NFC-normalise and read U+00D0 (Ð, eth) as U+0110 (Đ), as Vietnamese pages mean it
    (text with þ, æ or ø is Icelandic or Faroese, and keeps its ð)."""
    if ("\u00f0" in text or "\u00d0" in text) and not _NORDIC.search(text):
        text = text.replace("\u00d0", "\u0110").replace("\u00f0", "\u0111")
    return unicodedata.normalize("NFC", text)


def canonical_tones(text: str) -> str:
    """Put the tone of oa/oe/uy on the first vowel (hoà -> hòa, thuỷ -> thủy); NFC out."""
    return _SECOND_VOWEL_TONE.sub(lambda m: _TONE_PAIRS.get(m[0], m[0]), nfc(text))


def fold(text: str) -> str:
    """Strip every diacritic and map đ/Đ to d/D (``Lao động giỏi`` -> ``Lao dong gioi``)."""
    return unicodedata.normalize("NFC", text).translate(_FOLD_TABLE)


def slugify(text: str) -> str:
    """ASCII URL slug of a Vietnamese title (``Lao động giỏi`` -> ``lao-dong-gioi``)."""
    return _NON_ALNUM.sub("-", fold(text).lower()).strip("-")
