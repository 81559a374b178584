"""Robustness by construction: real replica pages mutated at random — comments, processing
instructions, CDATA, deep nesting, broken tables, a stray <html> inside the body, boilerplate labels in
odd places, empty and huge attributes, mixed encodings, truncation — never make extraction raise
anything but ExtractionError, never hang, and always give NFC text."""

from __future__ import annotations

import random
import time
import unicodedata
from urllib.parse import parse_qsl, urlsplit

import pytest

from extraction.article import extract_article
from extraction.cleanup import BOX_LABELS
from extraction.errors import ExtractionError
from replicas.catalog import BUILDERS, build_site
from replicas.platforms.base import Request
from sources import get_profile

BASE = "http://127.0.0.1:8000"
BUDGET = 10.0  # seconds for one page: a hang, not a slow page
LABELS = sorted(BOX_LABELS)


def pages() -> list[tuple[str, bytes, str]]:
    out = []
    for key in BUILDERS:
        site = build_site(key, extra=4)
        for path, _ in site.articles()[:6]:
            parts = urlsplit(path)
            response = site.handle(Request("GET", parts.path, BASE, dict(parse_qsl(parts.query))))
            out.append((key, response.body(), BASE + path))
    return out


PAGES = pages()


def _insert(data: bytes, rng: random.Random, snippet: bytes) -> bytes:
    """`snippet` at a random tag boundary."""
    cuts = [i for i in range(len(data)) if data[i : i + 1] == b"<"] or [0]
    at = rng.choice(cuts)
    return data[:at] + snippet + data[at:]


def mutate(data: bytes, rng: random.Random) -> bytes:
    label = rng.choice(LABELS).encode()
    mutations = [
        lambda d: _insert(d, rng, b"<!-- a comment <p>with a paragraph</p> -->"),
        lambda d: _insert(d, rng, b"<?php echo 'x'; ?><?xml-stylesheet href='a'?>"),
        lambda d: _insert(d, rng, b"<![CDATA[ <p>not markup</p> ]]>"),
        lambda d: _insert(d, rng, b"<div>" * 3000 + "Chữ sâu".encode() + b"</div>" * 3000),
        lambda d: _insert(d, rng, b"<table><tr><td><p>c\xc3\xb4ng \xc4\x91o\xc3\xa0n<td><table><tr>"),
        lambda d: _insert(d, rng, b"<html><body><p>stray</p></body></html>"),
        lambda d: _insert(d, rng, b"<h3>" + label + b"</h3><ul><li><a href='/x'>" + label + b"</a></li></ul>"),
        lambda d: _insert(d, rng, b"<p class='' id='' data-x=''>" + label + b"</p>"),
        lambda d: _insert(d, rng, b"<div class='" + b"pagination-first " * 2000 + b"'>x</div>"),
        lambda d: _insert(d, rng, "<p>Xin chào Hà Nội</p>".encode("cp1258", errors="replace")),
        lambda d: _insert(d, rng, unicodedata.normalize("NFD", "<p>Đoàn viên công đoàn</p>").encode()),
        lambda d: _insert(d, rng, b"\x00\xff\xfe<p>\xe2\x80</p>"),
        lambda d: d[: rng.randrange(1, len(d))],
        lambda d: d.replace(b"<p", b"<P", rng.randrange(1, 20)),
        lambda d: d.replace(b"</div>", b"", rng.randrange(1, 10)),
    ]
    for _ in range(rng.randint(1, 4)):
        data = rng.choice(mutations)(data)
    return data


@pytest.mark.parametrize("seed", range(200))
def test_mutated_pages_never_crash_hang_or_leave_nfd(seed):
    rng = random.Random(seed)
    key, data, url = rng.choice(PAGES)
    mutated = mutate(data, rng)
    rules = get_profile(key).extraction if rng.random() < 0.5 else None  # the profile path or the generic one
    started = time.monotonic()
    try:
        article = extract_article(mutated, url, rules=rules)
    except ExtractionError as exc:
        assert "\n" not in str(exc)
        return
    finally:
        assert time.monotonic() - started < BUDGET
    for text in (article.title, article.lead, article.text, article.author):
        assert unicodedata.is_normalized("NFC", text)
