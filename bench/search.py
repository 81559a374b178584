"""Search speed: Whoosh and tantivy (this project's two engines) beside SQLite FTS5, same corpus, same run.

For each size: builds an archive of N generated articles (the replica generator, five sites),
rebuilds a Whoosh index and a tantivy index from it exactly as ``cli.py index --rebuild [--engine]``
does, builds an FTS5 table (unicode61 remove_diacritics 2) from the same rows as the baseline, then
runs a fixed query set several times (warm) and prints indexing articles/s, index size and p50/p95
latency per query class, plus the wall time of a whole ``cli.py search`` process on each engine.

    python -m bench.search [--sizes 10000 100000] [--runs 5] [--procs 2] [--engines whoosh tantivy]
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
from search.engines import index_path, open_engine
from search.sync import rebuild

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
    ("page 5", "công đoàn", {"page": 5}),
    ("count by", "công đoàn", {"count_by": "year"}),
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
    offset = (options.get("page", 1) - 1) * 10
    fts.execute(f"SELECT rowid FROM a WHERE a MATCH ? ORDER BY {order} LIMIT 10 OFFSET {offset}", (match,)).fetchall()
    if options.get("count_by"):
        fts.execute("SELECT count(*) FROM a WHERE a MATCH ?", (match,)).fetchall()


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] * 1000


def du(path: Path) -> float:
    """Size in MB of a file or of a directory's files."""
    files = [path] if path.is_file() else [f for f in path.rglob("*") if f.is_file()]
    return sum(f.stat().st_size for f in files) / 1e6


def search_process(data_dir: Path, url: str, runs: int) -> float:
    """Median wall time of a whole `cli.py search` process."""
    walls = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "cli.py", "--data-dir", str(data_dir), "search", "công đoàn"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            env={**os.environ, "CONGDOAN_DB_URL": url},
        )
        walls.append(time.perf_counter() - t0)
    return statistics.median(walls)


def measure(size: int, engines: list[str], runs: int, procs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = database_url(Path(tmp))
        started = time.perf_counter()
        fill_archive(url, size)
        print(f"\n## {size:,} articles (archive filled in {time.perf_counter() - started:.0f}s)\n")
        print(f"{'engine':<8} {'articles/s':>11} {'index MB':>9}")
        dirs = {}
        for name in engines:
            dirs[name] = Path(tmp) / name
            started = time.perf_counter()
            count = rebuild(open_archive(url), index_path(dirs[name]), procs=procs, engine=name)
            seconds = time.perf_counter() - started
            print(f"{name:<8} {count / seconds:>11.0f} {du(index_path(dirs[name])):>9.0f}   (procs={procs})")
        fts_seconds = fts_build(Path(tmp) / "archive.sqlite3", Path(tmp) / "fts.sqlite3")
        print(f"{'fts5':<8} {size / fts_seconds:>11.0f} {du(Path(tmp) / 'fts.sqlite3'):>9.0f}")

        indexes = {name: open_engine(index_path(d)) for name, d in dirs.items()}
        fts = sqlite3.connect(Path(tmp) / "fts.sqlite3")
        times: dict[str, dict[str, list[float]]] = {name: {} for name in [*engines, "fts5"]}
        for round_ in range(runs + 1):  # the first round warms caches and is not counted
            for kind, text, options in QUERIES:
                for name, engine in indexes.items():
                    t0 = time.perf_counter()
                    engine.search(SearchRequest(text, **options))
                    if round_:
                        times[name].setdefault(kind, []).append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                fts_query(fts, text, options)
                if round_:
                    times["fts5"].setdefault(kind, []).append(time.perf_counter() - t0)
        header = "".join(f" {name + ' p50':>13} {'p95 ms':>7}" for name in times)
        print(f"\n{'query class':<14}{header}")
        for kind in times["fts5"]:
            cells = "".join(f" {p50:>13.1f} {p95:>7.1f}" for p50, p95 in (percentiles(times[n][kind]) for n in times))
            print(f"{kind:<14}{cells}")
        print()
        for name, data_dir in dirs.items():
            print(f"whole `cli.py search` process on {name}: median {search_process(data_dir, url, runs):.2f}s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--procs", type=int, default=2)
    parser.add_argument("--engines", nargs="+", default=["whoosh", "tantivy"], choices=["whoosh", "tantivy"])
    args = parser.parse_args()
    for size in args.sizes:
        measure(size, args.engines, args.runs, args.procs)


if __name__ == "__main__":
    main()
