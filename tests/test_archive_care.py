"""An archive kept for years: `archive check`, `archive backup` while a crawl runs, restoring a backup,
and every command meeting a damaged, truncated, incomplete or read-only archive."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time

import pytest

from replicas.catalog import build_site
from replicas.server import serve
from tests.crawling import ROOT, archive_url, article_count, cli, command, crawl, crawl_args

SITE = "hdnd-dienbien"


@pytest.fixture(scope="module")
def crawled(tmp_path_factory, backend):
    from tests.conftest import archive_in

    data_dir = archive_in(tmp_path_factory.mktemp("archive"), backend)
    with serve(build_site(SITE)) as server:
        assert crawl(data_dir, server).returncode == 0
    return data_dir


def test_check_passes_on_a_sound_archive(crawled):
    result = cli(crawled, "archive", "check", "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["clean"] and "raw responses against their sha256" in report["checks"]
    assert "search index" in report["checks"]  # the crawl built one


def test_check_finds_a_corrupt_raw_response_and_a_version_gap(tmp_path):
    data_dir = tmp_path / "data"
    with serve(build_site(SITE)) as server:
        assert crawl(data_dir, server, "--no-index").returncode == 0
    with sqlite3.connect(data_dir / "archive.sqlite3") as db:
        db.execute("UPDATE raw_responses SET body = x'00112233' WHERE id = 3")
        db.execute("UPDATE articles SET version_count = 3 WHERE id = 2")
    result = cli(data_dir, "archive", "check")
    assert result.returncode == 1
    assert "raw response 3 does not decompress" in result.stdout and "article 2: versions" in result.stdout


def checkpoint(archive) -> None:
    """Everything in the WAL into the file itself, so that its hash says what is in it."""
    with sqlite3.connect(archive) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_while_a_crawl_runs_then_restore_check_crawl_search(tmp_path):
    data_dir = tmp_path / "data"
    with serve(build_site(SITE, extra=200), delay=0.02) as server:
        running = subprocess.Popen(command(data_dir, *crawl_args(server)), cwd=ROOT, stdout=subprocess.PIPE)
        while article_count(data_dir) < 20:
            time.sleep(0.1)
        backup = tmp_path / "backup.sqlite3"
        result = cli(data_dir, "archive", "backup", str(backup))
        assert result.returncode == 0, result.stderr
        manifest = json.loads((tmp_path / "backup.sqlite3.manifest.json").read_text())
        assert manifest["sha256"] == sha(backup) and manifest["counts"]["articles"] >= 20
        assert running.wait(timeout=300) == 0  # the crawl went on undisturbed
        refused = cli(data_dir, "archive", "backup", str(backup))
        assert refused.returncode == 1 and "--force" in refused.stderr
        # The backup verifies against its manifest, as it is.
        restored = tmp_path / "restored"
        restored.mkdir()
        assert cli(restored, "--db", f"sqlite:///{backup}", "archive", "check").returncode == 0
        # Restore (docs/operations.md): copy it in as the archive, check, crawl, search.
        shutil.copy(backup, restored / "archive.sqlite3")
        assert cli(restored, "archive", "check").returncode == 0
        server.delay = 0
        again = crawl(restored, server)
        assert again.returncode == 0, again.stderr
    assert article_count(restored) == len(server.site.articles())
    assert json.loads(cli(restored, "search", "hội nghị", "--json").stdout)["total"] > 0


def test_backup_of_a_postgresql_archive(postgres, tmp_path):
    from tests.conftest import archive_in

    data_dir = archive_in(tmp_path / "data", postgres)
    with serve(build_site(SITE)) as server:
        assert crawl(data_dir, server, "--no-index").returncode == 0
    assert cli(data_dir, "archive", "check").returncode == 0
    result = cli(data_dir, "archive", "backup", str(tmp_path / "archive.dump"))
    if shutil.which("pg_dump") is None:
        assert result.returncode == 1 and "pg_dump is not installed" in result.stderr
        return
    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "archive.dump.manifest.json").read_text())
    assert manifest["method"].startswith("pg_dump") and manifest["counts"]["articles"] == len(
        build_site(SITE).articles()
    )


def _overwrite_pages(path):
    with path.open("r+b") as f:
        f.seek(4096 * 2)
        f.write(os.urandom(4096 * 4))


def _truncate(path):
    with path.open("r+b") as f:
        f.truncate(path.stat().st_size // 3)


def _drop_table(path):
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA foreign_keys=OFF")
        db.execute("DROP TABLE fetch_failures")
    checkpoint(path)  # the drop itself into the file, before the hash


DAMAGE = {"overwritten": _overwrite_pages, "truncated": _truncate, "table dropped": _drop_table}
COMMANDS = [["stats"], ["runs"], ["show", "1"], ["export", "-f", "jsonl", "-o", "-"], ["archive", "check"], ["crawl"]]


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_every_command_names_the_damage_in_one_line(tmp_path, damage):
    data_dir = tmp_path / "data"
    with serve(build_site(SITE)) as server:
        assert crawl(data_dir, server, "--no-index").returncode == 0
        archive = data_dir / "archive.sqlite3"
        checkpoint(archive)
        DAMAGE[damage](archive)
        before = sha(archive)
        failed = set()
        for args in COMMANDS:
            name = args[0] if args[0] != "archive" else "archive check"
            if args == ["crawl"]:
                args = crawl_args(server, "--no-index")
            result = cli(data_dir, *args)
            assert "Traceback" not in result.stderr + result.stdout, args
            if result.returncode == 0:  # it never read a damaged page
                continue
            failed.add(name)
            if name != "archive check":
                assert len(result.stderr.strip().splitlines()) == 1, (args, result.stderr)
                assert str(archive) in result.stderr or archive_url(data_dir) in result.stderr, result.stderr
        assert {"stats", "export", "archive check", "crawl"} <= failed  # these read every table
        assert sha(archive) == before  # no command wrote more damage


def test_a_read_only_archive_is_read_and_never_written(tmp_path):
    """Opened read-only (SQLite's mode=ro: the tests run as root, for whom file permissions do not
    hold): reading commands work, writing ones say so in one line, and the file is not touched."""
    data_dir = tmp_path / "data"
    with serve(build_site(SITE)) as server:
        assert crawl(data_dir, server).returncode == 0
        archive = data_dir / "archive.sqlite3"
        checkpoint(archive)
        before = sha(archive)
        read_only = f"sqlite:///file:{archive}?mode=ro&uri=true"
        base = [sys.executable, "cli.py", "--data-dir", str(data_dir), "--db", read_only]
        for args in (["stats"], ["runs"], ["show", "1"], ["search", "hội nghị"], ["archive", "check"]):
            result = subprocess.run([*base, *args], cwd=ROOT, capture_output=True, text=True)
            assert result.returncode == 0, (args, result.stderr)
        for args in (crawl_args(server, "--no-index"), ["index", "--rebuild"]):
            result = subprocess.run([*base, *args], cwd=ROOT, capture_output=True, text=True)
            assert result.returncode != 0 and "Traceback" not in result.stderr, (args, result.stderr)
            assert len(result.stderr.strip().splitlines()) == 1 and "read" in result.stderr.lower(), result.stderr
    assert sha(archive) == before


def test_an_archive_from_a_newer_version_is_refused_untouched(tmp_path):
    data_dir = tmp_path / "data"
    with serve(build_site(SITE)) as server:
        assert crawl(data_dir, server, "--no-index").returncode == 0
    archive = data_dir / "archive.sqlite3"
    with sqlite3.connect(archive) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    checkpoint(archive)
    before = sha(archive)
    for args in (["stats"], ["runs"], ["crawl", "--url", "http://127.0.0.1:9"]):
        result = cli(data_dir, *args)
        assert result.returncode == 1 and "newer than this version" in result.stderr, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1
    assert sha(archive) == before
