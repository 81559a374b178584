"""Search speed: Whoosh (this project's index) beside SQLite FTS5 on the same corpus, same run.

Builds an archive of N generated articles (the replica generator, five sites), rebuilds the Whoosh
index from it exactly as ``cli.py index --rebuild`` does, builds an FTS5 table (unicode61
remove_diacritics 2) from the same rows, then runs a fixed query set several times (warm) and
prints indexing articles/s, index size and p50/p95 latency per query class, plus the wall time of a
whole ``cli.py search`` process.

    python -m bench.search [--articles 100000] [--runs 5] [--procs 2]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from archive.db import database_url, open_archive
from replicas.corpus import fill_archive
from search.engine import SearchRequest
from search.sync import index_path, rebuild
from search.whoosh_engine import WhooshEngine

ROOT = Path(__file__).resolve().parents[1]

# (class, query text, options); FTS5 gets the same words folded, as its tokenizer sees them.
QUERIES = [
    ("common words", "công đoàn", {}),
    ("common words", "người lao động", {}),
    ("common words", "thi đua", {}),
    ("phrase", '"lao động giỏi"', {}),
    ("phrase", '"mái ấm công đoàn"', {}),
    ("unaccented", "cong doan co so", {}),
    ("unaccented", "lao dong gioi", {}),
    ("abbreviation", "LĐLĐ", {}),
    ("abbreviation", "CNVCLĐ", {}),
    ("filter", "công đoàn source:baolaocai", {}),
    ("filter", "thi đua", {"union_only": True}),
    ("date sort", "công đoàn", {"sort": "date"}),
    ("date sort", "đoàn viên", {"sort": "date"}),
]
FTS_QUERIES = {
    "công đoàn": '"cong đoan"',
    "người lao động": '"nguoi lao đong"',
    "thi đua": '"thi đua"',
    '"lao động giỏi"': '"lao đong gioi"',
    '"mái ấm công đoàn"': '"mai am cong đoan"',
    "cong doan co so": '"cong doan co so"',
    "lao dong gioi": "lao dong gioi",
    "LĐLĐ": '"lđlđ" OR "lien đoan lao đong"',
    "CNVCLĐ": '"cnvclđ" OR "cong nhan vien chuc lao đong"',
    "công đoàn source:baolaocai": '"cong đoan" AND source:baolaocai',
    "đoàn viên": '"đoan vien"',
}


def fts_build(archive_file: Path, fts_file: Path) -> float:
    source = sqlite3.connect(archive_file)
    fts = sqlite3.connect(fts_file)
    fts.execute(
        "CREATE VIRTUAL TABLE a USING fts5(title, body, source UNINDEXED, tokenize='unicode61 remove_diacritics 2')"
    )
    rows = source.execute(
        "SELECT articles.title, articles.text, sources.name FROM articles JOIN sources ON sources.id = articles.source_id"
    ).fetchall()
    started = time.perf_counter()
    fts.executemany("INSERT INTO a VALUES (?, ?, ?)", rows)
    fts.commit()
    return time.perf_counter() - started


def fts_query(fts: sqlite3.Connection, text: str, options: dict) -> None:
    match = FTS_QUERIES[text]
    if "source:" in match:
        match, source = match.split(" AND source:")
        sql = "SELECT rowid FROM a WHERE a MATCH ? AND source = ? ORDER BY rank LIMIT 10"
        fts.execute(sql, (match, source)).fetchall()
        return
    order = "rowid DESC" if options.get("sort") == "date" else "rank"
    fts.execute(f"SELECT rowid FROM a WHERE a MATCH ? ORDER BY {order} LIMIT 10", (match,)).fetchall()


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] * 1000


def du(path: Path) -> float:
    """Size in MB of a file or of a directory's files."""
    files = [path] if path.is_file() else [f for f in path.rglob("*") if f.is_file()]
    return sum(f.stat().st_size for f in files) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--procs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        url = database_url(data_dir)
        started = time.perf_counter()
        fill_archive(url, args.articles)
        print(f"archive of {args.articles} articles filled in {time.perf_counter() - started:.0f}s")

        started = time.perf_counter()
        count = rebuild(open_archive(url), index_path(data_dir), procs=args.procs)
        whoosh_seconds = time.perf_counter() - started
        fts_seconds = fts_build(data_dir / "archive.sqlite3", data_dir / "fts.sqlite3")
        print(f"{'engine':<8} {'articles/s':>11} {'index MB':>9}")
        print(f"{'whoosh':<8} {count / whoosh_seconds:>11.0f} {du(index_path(data_dir)):>9.0f}   (procs={args.procs})")
        print(f"{'fts5':<8} {count / fts_seconds:>11.0f} {du(data_dir / 'fts.sqlite3'):>9.0f}")

        engine = WhooshEngine(index_path(data_dir))
        fts = sqlite3.connect(data_dir / "fts.sqlite3")
        whoosh_times: dict[str, list[float]] = {}
        fts_times: dict[str, list[float]] = {}
        for _ in range(args.runs + 1):  # the first round warms caches and is not counted
            for kind, text, options in QUERIES:
                t0 = time.perf_counter()
                engine.search(SearchRequest(text, **options))
                t1 = time.perf_counter()
                fts_query(fts, text, options)
                t2 = time.perf_counter()
                whoosh_times.setdefault(kind, []).append(t1 - t0)
                fts_times.setdefault(kind, []).append(t2 - t1)
        for times in (*whoosh_times.values(), *fts_times.values()):
            del times[: len(times) // (args.runs + 1)]
        print(f"\n{'query class':<14} {'whoosh p50':>11} {'p95 ms':>7} {'fts5 p50':>9} {'p95 ms':>7}")
        for kind in whoosh_times:
            w50, w95 = percentiles(whoosh_times[kind])
            f50, f95 = percentiles(fts_times[kind])
            print(f"{kind:<14} {w50:>11.1f} {w95:>7.1f} {f50:>9.1f} {f95:>7.1f}")

        walls = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            subprocess.run(
                [sys.executable, "cli.py", "--data-dir", str(data_dir), "search", "công đoàn"],
                cwd=ROOT,
                check=True,
                capture_output=True,
                env={**os.environ, "CONGDOAN_DB_URL": url},
            )
            walls.append(time.perf_counter() - t0)
        print(f"\nwhole `cli.py search` process: median {statistics.median(walls):.2f}s over {args.runs} runs")


if __name__ == "__main__":
    main()
