"""Crawls with the real spider, over loopback HTTP, into a real SQLite archive."""

from __future__ import annotations

import json
import signal
import time
from collections import Counter

import pytest

from crawler.exit_codes import EXIT_LOCKED, EXIT_OK, EXIT_PARTIAL
from crawler.urls import canonicalize
from replicas.catalog import BUILDERS, build_site
from replicas.server import serve
from tests.crawling import (
    archived_urls,
    article_count,
    cli,
    crawl,
    popen_crawl,
    replica_urls,
    runs,
    tagged_processes,
    versions_of,
)


def article_hits(server) -> int:
    paths = {path.split("?")[0] for path, _ in server.site.articles() if "?" not in path}
    return sum(n for path, n in server.hits.items() if path in paths)


@pytest.mark.parametrize("key", list(BUILDERS))
def test_full_crawl_finds_every_article_once_and_no_listing(data_dir, key):
    with serve(build_site(key)) as server:
        result = crawl(data_dir, server)
    assert result.returncode == EXIT_OK, result.stderr + result.stdout
    urls = archived_urls(data_dir)
    assert Counter(urls).most_common(1)[0][1] == 1  # none twice
    assert set(urls) == replica_urls(server)  # every article, and nothing that is not one
    run = runs(data_dir)[-1]
    assert (run.status, run.new, run.failed) == ("success", len(urls), 0)


def test_recrawl_fetches_no_article_again(data_dir):
    with serve(build_site("baolaocai")) as server:
        assert crawl(data_dir, server).returncode == EXIT_OK
        first = article_hits(server)
        server.hits.clear()
        result = crawl(data_dir, server, "--quiet")
        assert result.returncode == EXIT_OK
        assert article_hits(server) == 0
    assert first == len(server.site.articles())
    assert len(result.stdout.strip().splitlines()) == 1 and " 0 new, 0 changed" in result.stdout
    assert article_count(data_dir) == len(server.site.articles())


def test_edited_article_becomes_a_new_version_and_keeps_the_old(data_dir):
    site = build_site("baolaocai")
    path, edited = next((p, a) for p, a in site.articles() if a.revised)
    with serve(site) as server:
        assert crawl(data_dir, server).returncode == EXIT_OK
        site.edit()
        server.hits.clear()
        result = crawl(data_dir, server)
        assert result.returncode == EXIT_OK, result.stderr
        assert article_hits(server) == 1  # only the edited one, found through the sitemap's lastmod
    versions = versions_of(data_dir, canonicalize(server.base_url + path))
    assert [v.number for v in versions] == [1, 2]
    assert edited.paragraphs[0] in versions[0].text and edited.revised[0] in versions[1].text
    assert runs(data_dir)[-1].changed == 1


def test_refresh_revalidates_conditionally(data_dir):
    with serve(build_site("hdnd-dienbien")) as server:
        assert crawl(data_dir, server).returncode == EXIT_OK
        result = crawl(data_dir, server, "--refresh")
    assert result.returncode == EXIT_OK
    run = runs(data_dir)[-1]
    assert (run.new, run.changed, run.unchanged) == (0, 0, len(server.site.articles()))


def test_same_story_on_two_sites_is_linked_as_duplicate(data_dir):
    from sqlalchemy import select

    from archive.models import Article
    from tests.crawling import archive_session

    with serve(build_site("baolaocai")) as paper, serve(build_site("laocai-portal")) as portal:
        assert crawl(data_dir, paper).returncode == EXIT_OK
        assert crawl(data_dir, portal).returncode == EXIT_OK
    with archive_session(data_dir) as session:
        copies = session.scalars(select(Article).where(Article.duplicate_of_id.is_not(None))).all()
        assert len(copies) == 1
        original = session.get(Article, copies[0].duplicate_of_id)
    assert original.canonical_url.startswith(paper.base_url) and copies[0].canonical_url.startswith(portal.base_url)
    assert original.text == copies[0].text


def test_server_faults_are_retried_or_recorded(data_dir):
    site = build_site("dienbien-portal")
    paths = [p for p, _ in site.articles()]
    with serve(site) as server:
        server.hang = 3
        server.faults[paths[0]].extend(["500", "503"])  # then success
        server.faults[paths[1]].extend(["timeout"])  # then success
        server.faults[paths[2]].extend(["truncate"])  # then success
        server.faults[paths[3]].extend(["redirect-loop"] * 10)
        server.faults[paths[4]].extend(["404"] * 5)
        result = crawl(data_dir, server, "--timeout", "1")
        assert result.returncode == EXIT_PARTIAL, result.stderr
        urls = set(archived_urls(data_dir))
        assert {canonicalize(server.base_url + p) for p in paths[:3]} <= urls
        assert len(urls) == len(paths) - 2
        failures = cli(data_dir, "runs", "--failures", str(runs(data_dir)[-1].id)).stdout
        assert paths[4] in failures and "404" in failures and paths[3] in failures and "redirect loop" in failures
        # The next run retries what failed, once the server behaves.
        server.faults.clear()
        assert crawl(data_dir, server).returncode == EXIT_OK
    assert len(archived_urls(data_dir)) == len(paths)


def test_kill_9_then_rerun_loses_and_duplicates_nothing(data_dir):
    tag = f"kill9-{data_dir.name}"
    with serve(build_site("congdoan-laocai", extra=300), delay=0.2) as server:
        process = popen_crawl(data_dir, server, tag=tag)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not article_count(data_dir):
            time.sleep(0.2)
        process.send_signal(signal.SIGKILL)
        process.wait()
        for _ in range(50):  # its extraction workers notice within a second or so, and leave
            if not tagged_processes(tag):
                break
            time.sleep(0.1)
        assert tagged_processes(tag) == []
        partial = article_count(data_dir)
        assert 0 < partial < len(server.site.articles())
        server.delay = 0
        result = crawl(data_dir, server)
    assert result.returncode == EXIT_OK, result.stderr
    urls = archived_urls(data_dir)
    assert len(urls) == len(set(urls)) == len(server.site.articles())
    assert [r.status for r in runs(data_dir)] == ["interrupted", "success"]


def test_a_second_crawl_waits_for_nobody_and_exits_locked(data_dir):
    with serve(build_site("hdnd-dienbien"), delay=0.05) as server:
        first = popen_crawl(data_dir, server)
        while not (data_dir / "crawl.lock").exists() or not (data_dir / "crawl.lock").read_text().strip():
            time.sleep(0.05)
        second = crawl(data_dir, server)
        first.terminate()
        first.wait(timeout=60)
    assert second.returncode == EXIT_LOCKED
    assert second.stderr.startswith("error: another crawl is running") and "Traceback" not in second.stderr


def test_runs_json_lists_newest_first(data_dir):
    with serve(build_site("dienbien-portal")) as server:
        crawl(data_dir, server)
        crawl(data_dir, server)
    result = cli(data_dir, "runs", "--json")
    records = json.loads(result.stdout)["runs"]
    assert [r["id"] for r in records] == [2, 1]
    assert set(records[0]) == {
        "id",
        "started",
        "finished",
        "status",
        "exit_code",
        "pages",
        "new",
        "changed",
        "unchanged",
        "failed",
        "gone",
        "complete",
    }
    assert records[1]["new"] == len(server.site.articles()) and records[0]["new"] == 0


def test_adhoc_url_crawl_keeps_articles_not_listings(data_dir):
    with serve(build_site("dienbien-portal")) as server:
        result = cli(data_dir, "crawl", "--url", server.base_url, "--delay", "0")
    assert result.returncode == EXIT_OK, result.stderr
    assert set(archived_urls(data_dir)) == replica_urls(server)


def test_since_stops_listings_at_the_date(data_dir):
    site = build_site("dienbien-portal", extra=80)
    with serve(site) as server:
        assert crawl(data_dir, server, "--since", "01/01/2024").returncode == EXIT_OK
    recent = {canonicalize(server.base_url + p) for p, a in site.articles() if a.published.year >= 2024}
    urls = set(archived_urls(data_dir))
    assert recent <= urls
    assert len(urls) < len(site.articles()) / 2


def test_scrapy_crawl_command_works_too(data_dir):
    import os
    import subprocess
    import sys

    from tests.crawling import ROOT, archive_url

    with serve(build_site("hdnd-dienbien")) as server:
        command = [sys.executable, "-m", "scrapy", "crawl", "source", "-a", "source=hdnd-dienbien"]
        command += ["-a", f"base_url={server.base_url}", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0"]
        env = {**os.environ, "CONGDOAN_DATA_DIR": str(data_dir), "CONGDOAN_DB_URL": archive_url(data_dir)}
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert set(archived_urls(data_dir)) == replica_urls(server)
    assert [r.status for r in runs(data_dir)] == ["success"]


def test_traps_stay_bounded(data_dir):
    from tests.trap_site import ARTICLES, trap_site

    with serve(trap_site()) as server:
        result = cli(data_dir, "crawl", "--url", server.base_url, "--delay", "0")
    assert result.returncode == EXIT_OK, result.stderr
    assert sorted(archived_urls(data_dir)) == sorted(canonicalize(server.base_url + p) for p in ARTICLES)
    assert server.hits["/lich"] <= 4  # the endless calendar: left after 3 days that lead nowhere else
    assert all(n == 1 for path, n in server.hits.items() if path.startswith("/bai-viet/"))


def test_robots_txt_is_obeyed(data_dir):
    site = build_site("hdnd-dienbien")
    forbidden = site.articles()[3][0]
    site.disallow = (forbidden,)
    with serve(site) as server:
        result = crawl(data_dir, server)
    assert result.returncode == EXIT_OK, result.stderr
    assert forbidden not in server.hits
    assert set(archived_urls(data_dir)) == replica_urls(server) - {canonicalize(server.base_url + forbidden)}


def test_deep_pagination_is_followed_to_the_end(data_dir):
    site = build_site("dienbien-portal", extra=800)
    site.sections[0].pager_window = 1  # 80 listing pages, each linking only its neighbours
    with serve(site) as server:
        result = crawl(data_dir, server, "--no-index")
    assert result.returncode == EXIT_OK, result.stderr
    assert set(archived_urls(data_dir)) == replica_urls(server)


def test_adhoc_crawl_follows_listing_pagination_past_any_trap_limit(data_dir):
    site = build_site("dienbien-portal", extra=800)
    site.sections[0].pager_window = 1  # 80 listing pages, each linking only its neighbours
    with serve(site) as server:
        result = cli(data_dir, "crawl", "--url", server.base_url, "--delay", "0", "--no-index")
    assert result.returncode == EXIT_OK, result.stderr
    assert set(archived_urls(data_dir)) == replica_urls(server)
