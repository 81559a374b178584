"""Helpers for crawl tests: run the real CLI in a subprocess, read the archive it wrote."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from archive.db import ArchiveError, database_url, open_archive
from archive.models import Article, ArticleVersion, CrawlRun

ROOT = Path(__file__).resolve().parents[1]
_DATABASES: dict[Path, str] = {}  # data directory -> archive URL, for archives not in SQLite


def use_database(data_dir: Path, url: str) -> None:
    """Keep `data_dir`'s archive at `url` (a PostgreSQL schema) instead of SQLite in the directory."""
    _DATABASES[Path(data_dir)] = url


def archive_url(data_dir: Path) -> str:
    return _DATABASES.get(Path(data_dir)) or database_url(data_dir)


def cli(data_dir: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "cli.py", "--data-dir", str(data_dir), "--db", archive_url(data_dir), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def crawl(data_dir: Path, server, *extra: str) -> subprocess.CompletedProcess:
    """Crawl one replica (its key is the source name) at full speed, with fast retries."""
    key = server.site.key
    return cli(data_dir, "crawl", key, "--base-url", f"{key}={server.base_url}", "--delay", "0", *extra)


def popen_crawl(data_dir: Path, server, *extra: str, tag: str = "") -> subprocess.Popen:
    """A crawl in the background; `tag` marks its environment, which its worker processes inherit."""
    key = server.site.key
    args = ["crawl", key, "--base-url", f"{key}={server.base_url}", "--delay", "0", *extra]
    return subprocess.Popen(
        [sys.executable, "cli.py", "--data-dir", str(data_dir), "--db", archive_url(data_dir), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "CONGDOAN_TEST_TAG": tag},
    )


def tagged_processes(tag: str) -> list[int]:
    """Live processes whose environment carries `tag`."""
    found = []
    for environ in Path("/proc").glob("[0-9]*/environ"):
        try:
            if f"CONGDOAN_TEST_TAG={tag}".encode() in environ.read_bytes():
                found.append(int(environ.parent.name))
        except OSError:
            continue
    return found


def archive_session(data_dir: Path) -> Session:
    return Session(open_archive(archive_url(data_dir)), expire_on_commit=False)


def archived_urls(data_dir: Path) -> list[str]:
    with archive_session(data_dir) as session:
        return list(session.scalars(select(Article.canonical_url)))


def article_count(data_dir: Path) -> int:
    """Articles in the archive; 0 while a crawl has not created it yet."""
    try:
        with Session(open_archive(archive_url(data_dir), migrate=False)) as session:
            return session.scalar(select(func.count(Article.id)))
    except (ArchiveError, SQLAlchemyError):
        return 0


def versions_of(data_dir: Path, canonical_url: str) -> list[ArticleVersion]:
    with archive_session(data_dir) as session:
        article = session.scalar(select(Article).where(Article.canonical_url == canonical_url))
        return list(article.versions)


def runs(data_dir: Path) -> list[CrawlRun]:
    with archive_session(data_dir) as session:
        return list(session.scalars(select(CrawlRun).order_by(CrawlRun.id)))


def replica_urls(server) -> set[str]:
    """Canonical URLs of every article of the replica `server` serves."""
    from crawler.urls import canonicalize

    return {canonicalize(server.base_url + path) for path, _ in server.site.articles()}


def crawl_args(server, *extra: str) -> list[str]:
    """The CLI words that crawl one replica at full speed."""
    key = server.site.key
    return ["crawl", key, "--base-url", f"{key}={server.base_url}", "--delay", "0", *extra]


def command(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "cli.py", "--data-dir", str(data_dir), "--db", archive_url(data_dir), *args]


def pty_run(argv: list[str], keys_at: list[float], give_up: float = 120) -> tuple[int, str, float]:
    """Run `argv` on a real terminal (a pty), typing Ctrl-C at each of `keys_at` seconds after the
    start; its exit code, what it printed, and seconds from the last Ctrl-C to its exit. A process
    still running after `give_up` seconds is killed (-9 is then its exit code)."""
    import pty
    import select
    import signal
    import time

    pid, fd = pty.fork()
    if pid == 0:  # the child: the command, on the terminal
        os.chdir(ROOT)
        os.execv(argv[0], argv)
    started = time.monotonic()
    output, pressed, last = b"", list(keys_at), started
    while True:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            with contextlib.suppress(OSError):  # the terminal closed with the child
                output += os.read(fd, 65536)
        now = time.monotonic()
        if pressed and now - started >= pressed[0]:
            pressed.pop(0)
            os.write(fd, b"\x03")
            last = now
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            os.close(fd)
            return os.waitstatus_to_exitcode(status), output.decode(errors="replace"), time.monotonic() - last
        if now - started > give_up:
            os.kill(pid, signal.SIGKILL)
