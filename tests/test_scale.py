"""Scale-out against the real servers: crawlers sharing a Redis frontier, writing one PostgreSQL archive,
one indexer following it; concurrent writers; moving a SQLite archive into PostgreSQL."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
import redis
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from archive.db import open_archive
from archive.migrate import TABLES
from archive.models import Article, ArticleVersion, Base
from archive.store import ArchiveWriter, Fetched
from extraction.article import Article as Extracted
from replicas.catalog import build_site
from replicas.server import serve
from tests.conftest import archive_in
from tests.crawling import (
    ROOT,
    archive_session,
    archive_url,
    archived_urls,
    article_count,
    cli,
    crawl,
    popen_crawl,
    runs,
    tagged_processes,
    use_database,
)
from tests.services import REDIS_URL, unavailable

SITE = "baolaocai"  # every article at its own path, so the server's hit counts tell fetches apart
POSTBACK_SITE = "congdoan-laocai"  # its pager posts forms, which travel through the frontier too


@pytest.fixture
def frontier():
    """An empty Redis database for the frontier."""
    try:
        server = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3)
        server.flushdb()
    except redis.RedisError as exc:
        unavailable("Redis", str(exc))
    yield REDIS_URL
    server.flushdb()


def shared(tmp_path: Path, url: str, *names: str) -> list[Path]:
    """Data directories (one per crawler machine) that all write the archive at `url`."""
    dirs = []
    for name in names:
        (tmp_path / name).mkdir()
        use_database(tmp_path / name, url)
        dirs.append(tmp_path / name)
    return dirs


def on_frontier(server, frontier: str, *extra: str) -> list[str]:
    key = server.site.key
    return [key, "--base-url", f"{key}={server.base_url}", "--delay", "0", "--frontier", frontier, *extra]


def fetches(server) -> dict[str, int]:
    """Requests per path; robots.txt aside (each crawler process reads it once, as it must)."""
    return {path: n for path, n in server.hits.items() if path != "/robots.txt"}


def test_two_crawlers_share_one_frontier_and_one_indexer_follows(postgres, frontier, tmp_path):
    site = build_site(SITE, extra=120)
    a, b = shared(tmp_path, postgres.new(), "a", "b")
    with serve(site, delay=0.4) as server:  # slow enough that both find work (idle ones look every 5 s)
        seeded = cli(a, "crawl", *on_frontier(server, frontier, "--seed"))
        assert seeded.returncode == 0, seeded.stderr
        assert server.hits == {}  # seeding queues the start pages, fetches nothing
        crawlers = [popen_crawl(d, server, "--frontier", frontier) for d in (a, b)]
        for crawler in crawlers:
            out, err = crawler.communicate(timeout=300)
            assert crawler.returncode == 0, err
            assert "indexed" not in out  # crawlers on a frontier never write the index
        two = fetches(server)
    with serve(build_site(SITE, extra=120)) as alone:
        assert crawl(archive_in(tmp_path / "alone", None), alone).returncode == 0
        one = fetches(alone)
    urls = archived_urls(a)
    assert len(urls) == len(set(urls)) == len(site.articles())
    differing = {path: (two.get(path), one.get(path)) for path in set(two) | set(one) if two.get(path) != one.get(path)}
    assert not differing, differing  # the two crawlers together fetched what one crawler alone does
    assert all(two[path] == 1 for path, _ in site.articles())  # every article once
    seed_run, *worker_runs = runs(a)
    assert seed_run.pages == 0 and len(worker_runs) == 2
    assert all(r.pages > 0 for r in worker_runs) and sum(r.new for r in worker_runs) == len(urls)
    assert redis.Redis.from_url(frontier).keys("*:requests") == []  # drained

    follower = subprocess.Popen(
        [
            sys.executable,
            "cli.py",
            "--data-dir",
            str(a),
            "--db",
            archive_url(a),
            "index",
            "--follow",
            "--interval",
            "0.5",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while cli(a, "index", "--check").returncode != 0:
            assert follower.poll() is None, follower.stderr.read()
            assert time.monotonic() < deadline
            time.sleep(0.5)
        second = cli(a, "index", "--follow")
        assert second.returncode == 75 and "another `index --follow`" in second.stderr
        found = json.loads(cli(a, "search", "công đoàn", "--json", "--limit", "1").stdout)
        assert found["total"] > 0
    finally:
        follower.send_signal(signal.SIGTERM)
        out, _ = follower.communicate(timeout=30)
    assert follower.returncode == 0 and f"indexed {len(urls)} new or changed articles" in out


def test_a_crawler_killed_midway_loses_nothing(postgres, frontier, tmp_path, monkeypatch):
    monkeypatch.setenv("CONGDOAN_FRONTIER_HEARTBEAT", "2")
    site = build_site(POSTBACK_SITE, extra=600)
    a, b = shared(tmp_path, postgres.new(), "a", "b")
    tag = f"frontier-kill-{tmp_path.name}"
    with serve(site, delay=0.05) as server:
        assert cli(a, "crawl", *on_frontier(server, frontier, "--seed")).returncode == 0
        victim = popen_crawl(a, server, "--frontier", frontier, tag=tag)
        deadline = time.monotonic() + 120
        while article_count(a) < 10:
            assert victim.poll() is None and time.monotonic() < deadline
            time.sleep(0.1)
        victim.send_signal(signal.SIGKILL)
        victim.wait()
        for _ in range(50):
            if not tagged_processes(tag):
                break
            time.sleep(0.1)
        left = redis.Redis.from_url(frontier)
        in_flight = sum(left.hlen(key) for key in left.scan_iter("congdoan:*:inflight:*"))
        assert in_flight > 0  # the victim died holding requests
        shown = json.loads(cli(a, "frontier", POSTBACK_SITE, "--frontier", frontier, "--json").stdout)
        assert shown["sources"][POSTBACK_SITE]["inflight"] == in_flight
        server.delay = 0
        resumed = cli(b, "crawl", *on_frontier(server, frontier))
        assert resumed.returncode == 0, resumed.stderr
    urls = archived_urls(a)
    assert len(urls) == len(set(urls)) == len(site.articles())
    assert [r.status for r in runs(a)] == ["success", "interrupted", "success"]
    log = Path(runs(a)[-1].log_path).read_text()
    assert "put back" in log and "requests left in flight by a stopped crawler" in log
    assert list(left.scan_iter("congdoan:*:inflight:*")) == []
    drained = json.loads(cli(a, "frontier", POSTBACK_SITE, "--frontier", frontier, "--json").stdout)
    assert drained["sources"][POSTBACK_SITE]["queued"] == drained["sources"][POSTBACK_SITE]["inflight"] == 0


def test_two_crawls_into_one_archive_never_duplicate(backend, tmp_path):
    first = archive_in(tmp_path / "first", backend)
    first.mkdir()
    second = tmp_path / "second"
    second.mkdir()
    use_database(second, archive_url(first))  # another machine, the same archive
    with serve(build_site(SITE, extra=100), delay=0.005) as server:
        crawls = [popen_crawl(d, server) for d in (first, second)]
        for process in crawls:
            _, err = process.communicate(timeout=300)
            assert process.returncode == 0, err
    urls = archived_urls(first)
    assert len(urls) == len(set(urls)) == len(server.site.articles())
    with archive_session(first) as session:
        assert session.scalar(select(func.count(ArticleVersion.id))) == len(urls)
    assert sum(r.new for r in runs(first)) == len(urls)


def _write_versions(url: str, worker: int, rounds: int) -> None:
    """Many batches of changed texts for the same twenty URLs, as a crawl would write them."""
    engine = open_archive(url)
    writer = ArchiveWriter(engine, None, batch_size=20)
    source = writer.source_id("race", title="race")
    for round_ in range(rounds):
        for n in range(20):
            page = f"https://race.example/{n}"
            article = Extracted(url=page, canonical_url=page, title=f"Bài {n}", text=f"Nội dung {worker}-{round_}")
            writer.add_article(source, page, Fetched(page, 200, [], b"<html></html>", datetime.now(UTC)), article)
    writer.flush()
    engine.dispose()


def test_concurrent_writers_lose_no_version(backend, tmp_path):
    url = archive_url(archive_in(tmp_path, backend))
    open_archive(url).dispose()
    context = multiprocessing.get_context("spawn")
    writers = [context.Process(target=_write_versions, args=(url, worker, 15)) for worker in (1, 2)]
    for process in writers:
        process.start()
    for process in writers:
        process.join(120)
        assert process.exitcode == 0
    with Session(open_archive(url)) as session:
        articles = session.scalars(select(Article)).all()
        assert len(articles) == 20
        for article in articles:
            numbers = [v.number for v in article.versions]
            assert numbers == list(range(1, article.version_count + 1))
            assert article.versions[-1].fingerprint == article.fingerprint
            assert article.text == article.versions[-1].text
        # every batch of every writer changed every text: 2 writers x 15 rounds, minus none lost
        assert sum(a.version_count for a in articles) == 20 * 2 * 15


def test_migrate_a_sqlite_archive_into_postgresql(postgres, tmp_path):
    source = archive_in(tmp_path / "sqlite", None)
    source.mkdir()
    with serve(build_site("hdnd-dienbien")) as server:
        assert crawl(source, server).returncode == 0
        target = postgres.new()
        moved = cli(source, "archive", "migrate-to", target)
        assert moved.returncode == 0, moved.stderr
        again = cli(source, "archive", "migrate-to", target)
        assert again.returncode == 1 and "not empty" in again.stderr and len(again.stderr.splitlines()) == 1
        with open_archive(archive_url(source)).connect() as old, open_archive(target).connect() as new:
            for name in TABLES:
                table = Base.metadata.tables[name]
                query = select(table).order_by(*table.primary_key.columns)
                assert old.execute(query).all() == new.execute(query).all(), name
        moved_dir = tmp_path / "postgres"
        moved_dir.mkdir()
        use_database(moved_dir, target)
        server.hits.clear()
        result = crawl(moved_dir, server)  # the moved archive goes on incrementally, with new ids
        assert result.returncode == 0, result.stderr
    article_paths = {path for path, _ in server.site.articles()}
    assert not article_paths & set(server.hits)  # no article fetched again
    assert [r.id for r in runs(moved_dir)] == [1, 2]
    assert os.path.exists(source / "archive.sqlite3")


def test_a_batch_the_archive_refuses_is_kept_and_not_acknowledged(tmp_path):
    engine = open_archive(archive_url(tmp_path))
    writer = ArchiveWriter(engine, None, batch_size=1000)
    acknowledged = []
    writer.on_commit.append(lambda: acknowledged.append(True))
    source = writer.source_id("kept")
    page = "https://kept.example/1"
    article = Extracted(url=page, canonical_url=page, title="Bài", text="Nội dung")
    writer.add_article(source, page, Fetched(page, 200, [], b"<html></html>", datetime.now(UTC)), article)
    real_write = writer._write

    def refuse(pending):
        raise OperationalError("INSERT", {}, Exception("the database is unreachable"))

    writer._write = refuse
    with pytest.raises(OperationalError):
        writer.flush()
    assert writer.has_pending and not acknowledged and writer.counts.new == 0
    writer._write = real_write
    writer.flush()
    assert not writer.has_pending and acknowledged == [True] and writer.counts.new == 1
    assert archived_urls(tmp_path) == [page]


def test_seeding_waits_for_draining_crawlers(frontier, tmp_path):
    server = redis.Redis.from_url(frontier)
    server.set("congdoan:worker:elsewhere-1-abc", SITE, ex=30)
    with serve(build_site(SITE)) as replica:
        refused = cli(tmp_path, "crawl", *on_frontier(replica, frontier, "--seed"))
    assert refused.returncode == 1 and "still draining baolaocai" in refused.stderr
    assert len(refused.stderr.splitlines()) == 1 and replica.hits == {}


def test_a_crawler_on_an_unseeded_frontier_says_so(frontier, tmp_path):
    with serve(build_site(SITE)) as replica:
        refused = cli(tmp_path, "crawl", *on_frontier(replica, frontier))
    assert refused.returncode == 1 and "never seeded" in refused.stderr and "--seed" in refused.stderr
    assert len(refused.stderr.splitlines()) == 1 and replica.hits == {}
