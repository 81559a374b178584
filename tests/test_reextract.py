"""Re-extraction of the archive: the same extractor changes nothing, a changed one makes new versions
(marked as re-extractions, the old text kept), and an interrupted run resumed equals one run."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import select

from archive import reextract as job
from archive.db import open_archive
from archive.models import Article, ArticleVersion
from crawler.exit_codes import EXIT_OK
from replicas.catalog import build_site
from replicas.server import serve
from sources import get_profile
from tests.conftest import archive_in
from tests.crawling import archive_session, archive_url, cli, crawl

SITE = "baolaocai"
# A changed rule set: the last paragraph of every article body is pruned.
PRUNED = replace(
    get_profile(SITE).extraction,
    prune=(*get_profile(SITE).extraction.prune, "(//div[contains(@class, 'article__body')]//p)[last()]"),
)


def crawled(data_dir, extra: int | None = None):
    site = build_site(SITE) if extra is None else build_site(SITE, extra=extra)
    with serve(site) as server:
        assert crawl(data_dir, server).returncode == EXIT_OK
    return data_dir


def state(data_dir) -> list[tuple]:
    with archive_session(data_dir) as session:
        articles = session.execute(
            select(Article.canonical_url, Article.fingerprint, Article.version_count, Article.text).order_by(
                Article.canonical_url
            )
        ).all()
        versions = session.execute(
            select(Article.canonical_url, ArticleVersion.number, ArticleVersion.origin, ArticleVersion.fingerprint)
            .join(Article, Article.id == ArticleVersion.article_id)
            .order_by(Article.canonical_url, ArticleVersion.number)
        ).all()
    return [tuple(r) for r in articles] + [tuple(r) for r in versions]


def without_urls(rows: list[tuple]) -> list[tuple]:
    """Rows of two archives of the same replica served on different ports, comparable."""
    return [tuple(x for x in row if not (isinstance(x, str) and x.startswith("http"))) for row in rows]


def test_the_same_extractor_changes_nothing(data_dir):
    crawled(data_dir)
    before = state(data_dir)
    result = cli(data_dir, "reextract", "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["examined"] == len(build_site(SITE).articles()) and summary["changed"] == 0
    assert state(data_dir) == before


def test_a_changed_rule_set_makes_reextracted_versions(data_dir):
    crawled(data_dir)
    engine = open_archive(archive_url(data_dir))
    before = {url: (count, text) for url, _, count, text in state(data_dir)[: job.count(engine)]}
    dry = job.reextract(engine, lambda source: PRUNED, dry_run=True)
    assert dry.changed == dry.examined == len(before) and dry.fields["text"] == dry.changed
    assert {url: (c, t) for url, _, c, t in state(data_dir)[: len(before)]} == before  # a dry run changes nothing
    done = job.reextract(engine, lambda source: PRUNED)
    assert (done.changed, done.fields) == (dry.changed, dry.fields)
    with archive_session(data_dir) as session:
        for article in session.scalars(select(Article)):
            old_count, old_text = before[article.canonical_url]
            assert article.version_count == old_count + 1
            assert [v.origin for v in article.versions] == ["fetch"] * old_count + ["reextract"]
            assert article.versions[-1].text == article.text != old_text
            assert article.versions[-2].text == old_text  # the fetched text is kept
    assert job.reextract(engine, lambda source: PRUNED).changed == 0  # the same rules again: nothing
    shown = json.loads(cli(data_dir, "show", "1", "--json").stdout)
    assert shown["versions"][-1]["origin"] == "reextract"
    exported = cli(data_dir, "export", "-f", "jsonl", "-o", "-", "--all-versions")
    origins = [json.loads(line)["version_origin"] for line in exported.stdout.splitlines()]
    assert origins.count("reextract") == done.changed and "fetch" in origins
    assert cli(data_dir, "index").returncode == 0 and cli(data_dir, "index", "--check").returncode == 0


def test_interrupted_and_resumed_equals_one_run(data_dir, tmp_path, backend, monkeypatch):
    monkeypatch.setattr(job, "BATCH", 10)
    once = crawled(archive_in(tmp_path / "once", backend), extra=60)
    crawled(data_dir, extra=60)
    assert job.reextract(open_archive(archive_url(once)), lambda source: PRUNED).changed > 20
    seen = []

    def interrupt(n: int) -> None:
        seen.append(n)
        if len(seen) == 2:
            raise KeyboardInterrupt

    engine = open_archive(archive_url(data_dir))
    with pytest.raises(KeyboardInterrupt):
        job.reextract(engine, lambda source: PRUNED, progress=interrupt)
    partial = job.reextract(engine, lambda source: PRUNED, dry_run=True)
    assert 0 < partial.changed < partial.examined  # the first batches were kept
    job.reextract(engine, lambda source: PRUNED)
    assert without_urls(state(data_dir)) == without_urls(state(once))


def test_reextract_refuses_while_a_crawl_holds_the_lock(data_dir):
    import fcntl

    crawled(data_dir)
    with open(data_dir / "crawl.lock", "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        result = cli(data_dir, "reextract")
    assert result.returncode == 75 and "another crawl or re-extraction" in result.stderr
