"""Every article of every replica, fetched over HTTP and extracted, matches what the replica holds."""

from __future__ import annotations

import unicodedata

import pytest

from extraction.article import extract_article
from replicas.catalog import BUILDERS
from tests.conftest import fetch
from tests.expected import expected_paragraphs
from tests.test_extraction_seeds import BOILERPLATE


@pytest.mark.parametrize("generic", [False, True], ids=["profile", "generic"])
@pytest.mark.parametrize("key", list(BUILDERS))
def test_whole_replica_extracts_exactly(servers, profiles, key, generic):
    server = servers[key]
    rules = None if generic else profiles[key].extraction
    wrong = []
    for path, article in server.site.articles():
        status, headers, body = fetch(server.base_url + path)
        assert status == 200
        got = extract_article(body, server.base_url + path, content_type=headers["Content-Type"], rules=rules)
        published = None if article.variant == "no-date" else article.published
        checks = {
            "paragraphs": got.paragraphs == expected_paragraphs(article),
            "title": got.title == " ".join(article.title.replace("“ ", "“").split()),
            "published": got.published == published,
            "author": got.author == article.author,
            "union": got.union_related == article.union or got.union_related,
            "nfc": unicodedata.is_normalized("NFC", got.text),
            "boilerplate": not any(phrase in got.text for phrase in BOILERPLATE),
        }
        failed = [name for name, ok in checks.items() if not ok]
        if failed:
            wrong.append((path, failed))
    assert wrong == []


def test_union_flag_follows_the_text(servers, profiles):
    server = servers["dienbien-portal"]
    flags = {}
    for path, article in server.site.articles():
        body = fetch(server.base_url + path)[2]
        flags[article.union] = flags.get(article.union, set()) | {
            extract_article(body, server.base_url + path, rules=profiles["dienbien-portal"].extraction).union_related
        }
    assert flags == {True: {True}, False: {False}}
