"""Crawl integrity on the paths users walk: a trial with --max-pages, Ctrl-C on a terminal, SIGTERM from
cron or `timeout`, SIGHUP, failing pages, in any order: whatever happened, the next plain crawl leaves the
archive exactly as one full crawl into a fresh archive would, without fetching a known article again."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time

import pytest
from sqlalchemy import select

from archive.models import Article, RawResponse
from crawler.exit_codes import EXIT_INTERRUPTED, EXIT_OK, EXIT_PARTIAL
from crawler.urls import canonicalize
from replicas.catalog import build_site
from replicas.server import serve
from sources import get_profile
from tests.crawling import (
    ROOT,
    archive_session,
    archived_urls,
    article_count,
    cli,
    command,
    crawl,
    crawl_args,
    pty_run,
    replica_urls,
    runs,
    tagged_processes,
)

GIVE_UP = 60  # seconds after a signal before a crawl counts as hung


def article_paths(server) -> dict[str, str]:
    """Canonical URL -> path, for the replica's articles."""
    return {canonicalize(server.base_url + path): path for path, _ in server.site.articles()}


def archive_state(data_dir) -> dict[str, str]:
    """Canonical URL -> content fingerprint of every article."""
    with archive_session(data_dir) as session:
        return dict(session.execute(select(Article.canonical_url, Article.fingerprint)).all())


def raw_responses_of(data_dir, run_id: int) -> int:
    with archive_session(data_dir) as session:
        return len(session.scalars(select(RawResponse.id).where(RawResponse.run_id == run_id)).all())


def test_max_pages_trial_then_plain_crawl_archives_everything(data_dir):
    with serve(build_site("baolaocai")) as server:
        trial = crawl(data_dir, server, "--max-pages", "15", "--no-index")
        assert trial.returncode == EXIT_OK, trial.stderr
        assert " limited: " in trial.stdout and "the next run carries on" in trial.stdout
        first = set(archived_urls(data_dir))
        assert len(first) < len(server.site.articles())
        server.hits.clear()
        full = crawl(data_dir, server, "--no-index")
        assert full.returncode == EXIT_OK, full.stderr
        assert set(archived_urls(data_dir)) == replica_urls(server)
        paths = article_paths(server)
        assert all(server.hits.get(paths[url], 0) == 0 for url in first)  # the trial's articles: not again
        server.hits.clear()
        again = crawl(data_dir, server, "--no-index")
        assert sum(server.hits.get(path, 0) for path in paths.values()) == 0
    assert again.returncode == EXIT_OK and " 0 new" in again.stdout
    assert [(r.status, r.complete) for r in runs(data_dir)] == [
        ("limited", False),
        ("success", True),
        ("success", True),
    ]
    listed = cli(data_dir, "runs").stdout.splitlines()
    assert listed[0].endswith("next run") and listed[-1].rstrip().endswith("carries on")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_ends_the_crawl_as_interrupted_and_the_next_run_completes_it(data_dir, sig):
    tag = f"sig-{sig}-{data_dir.name}"
    with serve(build_site("congdoan-laocai", extra=300), delay=0.05) as server:
        process = subprocess.Popen(
            command(data_dir, *crawl_args(server)),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "CONGDOAN_TEST_TAG": tag},
        )
        while not article_count(data_dir):
            time.sleep(0.1)
        process.send_signal(sig)
        out, err = process.communicate(timeout=GIVE_UP)
        assert process.returncode == EXIT_INTERRUPTED, err
        assert " interrupted: " in out and "the next run carries on" in out and "Traceback" not in err
        for _ in range(30):  # its extraction workers leave with it
            if not tagged_processes(tag):
                break
            time.sleep(0.1)
        assert tagged_processes(tag) == []
        run = runs(data_dir)[-1]
        assert (run.status, run.exit_code, run.complete) == ("interrupted", EXIT_INTERRUPTED, False)
        before = set(archived_urls(data_dir))
        assert 0 < len(before) < len(server.site.articles())
        server.delay, server.hits = 0, {}
        result = crawl(data_dir, server)  # the lock was released: this is not refused
        assert result.returncode == EXIT_OK, result.stderr
        paths = article_paths(server)
        assert all(server.hits.get(paths[url], 0) == 0 for url in before)
    urls = archived_urls(data_dir)
    assert len(urls) == len(set(urls)) and set(urls) == replica_urls(server)


def test_ctrl_c_on_a_terminal_stops_the_crawl_and_twice_leaves_at_once(data_dir):
    with serve(build_site("congdoan-laocai", extra=300), delay=0.05) as server:
        code, output, after = pty_run(command(data_dir, *crawl_args(server)), [3.0], give_up=GIVE_UP + 3)
        assert code == EXIT_INTERRUPTED, output
        assert "SIGINT: stopping" in output and " interrupted: " in output and "Traceback" not in output
        assert after < GIVE_UP
        assert runs(data_dir)[-1].status == "interrupted"
        server.delay = 0.2  # most articles are known now: keep the second crawl going past the keys
        code, output, after = pty_run(command(data_dir, *crawl_args(server)), [3.0, 3.3], give_up=GIVE_UP + 4)
        assert code == EXIT_INTERRUPTED and "leaving at once" in output and "Traceback" not in output, output
        server.delay = 0
        assert crawl(data_dir, server).returncode == EXIT_OK  # the lock went with the process
    statuses = [r.status for r in runs(data_dir)]
    assert statuses == ["interrupted", "interrupted", "success"]  # the abandoned run, marked by the next
    assert set(archived_urls(data_dir)) == replica_urls(server)


def test_full_rereads_every_discovery_page_but_no_article(data_dir):
    with serve(build_site("baolaocai")) as server:
        assert crawl(data_dir, server, "--no-index").returncode == EXIT_OK
        discovery = raw_responses_of(data_dir, 1) - len(server.site.articles())
        assert crawl(data_dir, server, "--no-index").returncode == EXIT_OK
        server.hits.clear()
        assert crawl(data_dir, server, "--no-index", "--full").returncode == EXIT_OK
        assert sum(server.hits.get(path, 0) for path in article_paths(server).values()) == 0
    assert raw_responses_of(data_dir, 2) == 0  # a plain re-crawl: 304s only
    assert raw_responses_of(data_dir, 3) == discovery > 0  # --full: every discovery page read again


def test_since_run_saves_no_validators(data_dir):
    site = build_site("dienbien-portal", extra=80)
    with serve(site) as server:
        assert crawl(data_dir, server, "--since", "01/01/2024", "--no-index").returncode == EXIT_OK
        assert crawl(data_dir, server, "--no-index").returncode == EXIT_OK
    assert set(archived_urls(data_dir)) == replica_urls(server)
    assert [(r.status, r.complete) for r in runs(data_dir)] == [("success", False), ("success", True)]


# The model: random sequences of what happens to crawls in real life ------------------------------


class CrawlModel:
    """Runs one operation at a time against a replica and checks the archive against the truth."""

    def __init__(self, data_dir, reference_dir, server, rng: random.Random):
        self.data_dir, self.reference_dir, self.server, self.rng = data_dir, reference_dir, server, rng
        self.paths = article_paths(server)
        self.revised = {path for path, article in server.site.articles() if article.revised}
        self.edited = False
        self.references: dict[bool, dict[str, str]] = {}
        discovery = get_profile(server.site.key).discovery
        self.discovery = [*discovery.sitemaps, *discovery.feeds, *discovery.listings]

    def reference(self) -> dict[str, str]:
        """What one full crawl into a fresh archive holds now."""
        if self.edited not in self.references:
            target = self.reference_dir / f"edition-{int(self.edited)}"
            result = crawl(target, self.server, "--no-index")
            assert result.returncode == EXIT_OK, result.stderr
            self.references[self.edited] = archive_state(target)
        return self.references[self.edited]

    def run(self, operation: str) -> None:
        known = set(archived_urls(self.data_dir))
        self.server.hits.clear()
        getattr(self, operation)()
        refetched = [
            url
            for url in known
            if self.server.hits.get(self.paths[url], 0) and not (self.edited and self.paths[url] in self.revised)
        ]
        assert refetched == [], f"{operation} fetched known articles again: {refetched[:3]}"
        if operation == "full":  # (the reference crawl hits the same server: only after the count)
            assert archive_state(self.data_dir) == self.reference()

    def limited(self) -> None:
        result = crawl(self.data_dir, self.server, "--no-index", "--max-pages", str(self.rng.randint(3, 40)))
        assert result.returncode in (EXIT_OK, EXIT_PARTIAL), result.stderr
        assert runs(self.data_dir)[-1].status in ("limited", "success")

    def sigterm(self) -> None:
        self.server.delay = 0.02
        process = subprocess.Popen(command(self.data_dir, *crawl_args(self.server, "--no-index")), cwd=ROOT)
        time.sleep(self.rng.uniform(0.5, 4.0))
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=GIVE_UP) in (EXIT_INTERRUPTED, EXIT_OK)
        self.server.delay = 0

    def sigint(self) -> None:
        self.server.delay = 0.02
        argv = command(self.data_dir, *crawl_args(self.server, "--no-index"))
        code, output, _ = pty_run(argv, [self.rng.uniform(0.5, 4.0)], give_up=GIVE_UP + 5)
        assert code in (EXIT_INTERRUPTED, EXIT_OK) and "Traceback" not in output, output
        self.server.delay = 0

    def faulty(self) -> None:
        for path in self.rng.sample(sorted(self.paths.values()), 2) + self.rng.sample(self.discovery, 1):
            self.server.faults[path].extend(["503"] * 4)  # more than the retries
        result = crawl(self.data_dir, self.server, "--no-index")
        self.server.faults.clear()
        assert result.returncode in (EXIT_PARTIAL, 1), result.stderr
        assert runs(self.data_dir)[-1].complete is False

    def edit(self) -> None:
        self.server.site.edit()
        self.edited = True

    def full(self) -> None:
        result = crawl(self.data_dir, self.server, "--no-index")
        assert result.returncode == EXIT_OK, result.stderr
        assert runs(self.data_dir)[-1].complete


OPERATIONS = ["limited", "sigterm", "sigint", "faulty", "full", "edit"]


@pytest.mark.parametrize("seed", [1, 2])
def test_any_sequence_of_crawls_ends_as_one_full_crawl(data_dir, tmp_path_factory, seed):
    rng = random.Random(seed)
    operations = [rng.choice(["limited", "sigterm", "sigint", "faulty"]) for _ in range(4)]
    operations.insert(rng.randrange(len(operations) + 1), "edit")
    operations.insert(rng.randrange(2, len(operations) + 1), "full")
    operations.append("full")
    with serve(build_site("baolaocai", extra=150)) as server:
        model = CrawlModel(data_dir, tmp_path_factory.mktemp("reference"), server, rng)
        for operation in operations:
            model.run(operation)
    assert [r.status for r in runs(data_dir)][-1] == "success", operations


def test_a_page_that_is_gone_is_recorded_but_does_not_make_the_run_partial(data_dir):
    with serve(build_site("hdnd-dienbien")) as server:
        path = server.site.articles()[2][0]
        server.faults[path].extend(["404"] * 5)
        result = crawl(data_dir, server, "--no-index")
        assert result.returncode == EXIT_OK, result.stderr
        assert "1 gone (404/410)" in result.stdout and "the next run carries on" in result.stdout
        run = runs(data_dir)[-1]
        assert (run.status, run.failed, run.gone, run.complete) == ("success", 0, 1, False)
        listed = json.loads(cli(data_dir, "runs", "--failures", str(run.id), "--json").stdout)["failures"]
        assert [(f["status"], f["url"].endswith(path)) for f in listed] == [(404, True)]
        server.faults.clear()
        assert crawl(data_dir, server, "--no-index").returncode == EXIT_OK  # back again: fetched
    assert set(archived_urls(data_dir)) == replica_urls(server)
