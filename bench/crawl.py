"""End-to-end crawl speed against extraction alone, on a replica scaled to thousands of articles.

The replica is served by its own process (so that it does not share the crawler's interpreter), the
crawl is the real ``cli.py crawl`` with throttling off, and extraction-only time is measured on the
same pages in the same run; the crawl is timed without and with the search-index sync that ends it
("+index" is end to end: fetch, extract, store, index). Peak memory (max RSS) of the crawl process
is reported at two sizes, to show whether it grows with the number of articles.

    python -m bench.crawl [--sizes 1000 5000] [--site dienbien-portal] [--runs 3]
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


def crawl_once(site: str, base_url: str, index: bool) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, articles) of one full crawl into a fresh archive, with or without
    the search-index sync that ends a crawl."""
    with tempfile.TemporaryDirectory() as data_dir:
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", default="dienbien-portal")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"site {args.site}, {args.runs} runs per size, medians; pages/s and peak RSS (MB) of the crawl process")
    print(
        f"{'articles':>8} {'extract-only':>13} {'crawl+store':>12} {'ratio':>6} {'RSS':>5} {'+index':>8} {'ratio':>6} {'RSS':>5}"
    )
    for size in args.sizes:
        server, base_url = start_replica(args.site, size)
        try:
            stored = [crawl_once(args.site, base_url, index=False) for _ in range(args.runs)]
            indexed = [crawl_once(args.site, base_url, index=True) for _ in range(args.runs)]
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
