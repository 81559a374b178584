"""End-to-end crawl speed against extraction alone, on a replica scaled to thousands of articles.

The replica is served by its own process (so that it does not share the crawler's interpreter), the
crawl is the real ``cli.py crawl`` with throttling off, and extraction-only time is measured on the
same pages in the same run; the crawl is timed without and with the search-index sync that ends it
("+index" is end to end: fetch, extract, store, index). Peak memory (max RSS) of the crawl process
is reported at two sizes, to show whether it grows with the number of articles.

    python -m bench.crawl [--sizes 1000 5000] [--site dienbien-portal] [--runs 3]

With ``--frontier REDIS_URL`` it measures the shared frontier instead: the replica is seeded, then
crawled by one and by two crawler processes at once into a fresh PostgreSQL database each time
(``--postgres`` names the server), and it prints articles/s for each and the speed-up.

    python -m bench.crawl --frontier redis://127.0.0.1:6379/11 [--sizes 5000] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from archive.db import database_url, open_archive
from extraction.article import extract_article
from replicas.catalog import build_site
from sources import get_profile

ROOT = Path(__file__).resolve().parents[1]


def start_replica(site: str, extra: int) -> tuple[subprocess.Popen, str]:
    server = subprocess.Popen(
        [sys.executable, "-m", "replicas", site, "--extra", str(extra), "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    base_url = server.stdout.readline().split()[1]
    return server, base_url


def crawl_once(site: str, base_url: str, index: bool, engine: str = "whoosh") -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, articles) of one full crawl into a fresh archive, with or without
    the search-index sync (in `engine`) that ends a crawl."""
    with tempfile.TemporaryDirectory() as data_dir:
        if index:  # an empty archive and index in the engine, as `index --rebuild --engine` makes it (not timed)
            open_archive(database_url(Path(data_dir)))
            subprocess.run(
                [sys.executable, "cli.py", "--data-dir", data_dir, "index", "--rebuild", "--engine", engine],
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
        started = time.perf_counter()
        command = [sys.executable, "cli.py", "--data-dir", data_dir, "crawl", site]
        command += ["--base-url", f"{site}={base_url}", "--delay", "0", "--quiet"]
        if not index:
            command.append("--no-index")
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        out = process.stdout.read()
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"crawl failed: {out}{process.stderr.read()}")
        articles = int(out.split(" new,")[0].rsplit(" ", 1)[1])
        return seconds, usage.ru_maxrss / 1024, articles


def extraction_only(site: str, base_url: str, extra: int) -> float:
    """Seconds to extract every article page of the replica (fetched beforehand, not timed)."""
    rules = get_profile(site).extraction
    pages = []
    for path, _ in build_site(site, extra=extra).articles():
        with urllib.request.urlopen(base_url + path) as response:
            pages.append((response.read(), base_url + path, response.headers["Content-Type"]))
    started = time.perf_counter()
    for body, url, content_type in pages:
        extract_article(body, url, content_type=content_type, rules=rules)
    return time.perf_counter() - started


def frontier_crawl(site: str, base_url: str, crawlers: int, frontier: str, postgres: str) -> float:
    """Articles/s of `crawlers` processes draining a freshly seeded frontier into a fresh PostgreSQL database."""
    import sqlalchemy as sa

    admin = sa.create_engine(postgres, isolation_level="AUTOCOMMIT")
    name = "congdoan_bench_frontier"
    with admin.connect() as connection:
        connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    db = sa.make_url(postgres).set(database=name).render_as_string(hide_password=False)
    with tempfile.TemporaryDirectory() as data_dir:
        common = [sys.executable, "cli.py", "--data-dir", data_dir, "--db", db, "crawl", site]
        common += ["--base-url", f"{site}={base_url}", "--delay", "0", "--frontier", frontier, "--quiet"]
        subprocess.run([*common, "--seed"], cwd=ROOT, check=True, capture_output=True)
        started = time.perf_counter()
        processes = [
            subprocess.Popen(common, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(crawlers)
        ]
        outputs = [process.communicate()[0] for process in processes]
        seconds = time.perf_counter() - started
    if any(process.returncode for process in processes):
        raise SystemExit(f"a frontier crawl failed: {outputs}")
    with admin.connect() as connection:
        connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    articles = sum(int(out.split(" new,")[0].rsplit(" ", 1)[1]) for out in outputs)
    return articles / seconds


def frontier_main(args) -> None:
    print(f"site {args.site}, shared frontier, PostgreSQL archive, {args.runs} runs, medians; articles/s")
    print(f"{'articles':>8} {'extract-only':>13} {'1 crawler':>10} {'ratio':>6} {'2 crawlers':>11} {'speed-up':>9}")
    for size in args.sizes:
        server, base_url = start_replica(args.site, size)
        try:
            rates = {
                n: statistics.median(
                    frontier_crawl(args.site, base_url, n, args.frontier, args.postgres) for _ in range(args.runs)
                )
                for n in (1, 2)
            }
            extract = statistics.median(extraction_only(args.site, base_url, size) for _ in range(args.runs))
        finally:
            server.terminate()
            server.wait()
        extract_rate = size / extract
        print(
            f"{size:>8} {extract_rate:>13.1f} {rates[1]:>10.1f} {rates[1] / extract_rate:>6.2f} {rates[2]:>11.1f}"
            f" {rates[2] / rates[1]:>9.2f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", default="dienbien-portal")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--engine", default="whoosh", choices=["whoosh", "tantivy"], help="index engine for +index")
    parser.add_argument("--frontier", metavar="REDIS_URL", help="Measure crawlers sharing this frontier.")
    parser.add_argument("--postgres", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()
    if args.frontier:
        frontier_main(args)
        return
    print(f"site {args.site}, {args.runs} runs per size, medians; pages/s and peak RSS (MB) of the crawl process")
    print(
        f"{'articles':>8} {'extract-only':>13} {'crawl+store':>12} {'ratio':>6} {'RSS':>5} {'+index':>8} {'ratio':>6} {'RSS':>5}"
    )
    for size in args.sizes:
        server, base_url = start_replica(args.site, size)
        try:
            stored = [crawl_once(args.site, base_url, index=False) for _ in range(args.runs)]
            indexed = [crawl_once(args.site, base_url, True, args.engine) for _ in range(args.runs)]
            extract = statistics.median(extraction_only(args.site, base_url, size) for _ in range(args.runs))
        finally:
            server.terminate()
            server.wait()
        articles = stored[0][2]
        extract_rate = articles / extract
        row = f"{articles:>8} {extract_rate:>13.1f}"
        for runs, width in ((stored, 12), (indexed, 8)):
            rate = articles / statistics.median(r[0] for r in runs)
            row += f" {rate:>{width}.1f} {rate / extract_rate:>6.2f} {max(r[1] for r in runs):>5.0f}"
        print(row)


if __name__ == "__main__":
    main()
