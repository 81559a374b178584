"""Export speed and memory per format, at two archive sizes (memory must not grow with the archive).

Fills an archive with generated articles (each with a raw response, for WARC), then runs the real
``cli.py export`` for every format, several times, and reports the median articles/s and the peak
memory (max RSS) of the export process; then doubles the archive and measures again. The baseline,
measured in the same run, is a bare read of the same rows through SQLAlchemy with no formatting: the
floor any export pays.

    python -m bench.export [--sizes 50000 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from subprocess import DEVNULL

from archive.db import database_url, open_archive
from export.selection import Reader, Selection
from replicas.corpus import fill_archive

ROOT = Path(__file__).resolve().parents[1]
FORMATS = {"jsonl": "jsonl", "csv": "csv", "parquet": "parquet", "warc": "warc.gz"}


def timed_export(data_dir: Path, fmt: str) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one `cli.py export` process, startup included."""
    out = data_dir / f"out.{FORMATS[fmt]}"
    peak = data_dir / "peak.txt"
    command = ["cli.py", "--data-dir", str(data_dir), "export", "-f", fmt, "-o", str(out), "--force"]
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "bench.peak", str(peak), *command], cwd=ROOT, check=True, stdout=DEVNULL)
    return time.perf_counter() - started, float(peak.read_text())


def bare_read(data_dir: Path) -> float:
    """Seconds to stream every record (with raw responses) and do nothing with them."""
    engine = open_archive(database_url(data_dir))
    reader = Reader(engine, Selection())
    started = time.perf_counter()
    for _ in reader.records(with_raw=True):
        pass
    seconds = time.perf_counter() - started
    engine.dispose()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[50_000, 100_000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        filled = 0
        print(f"{'articles':>8} {'format':<8} {'articles/s':>10} {'vs bare read':>12} {'peak MB':>8} {'file MB':>8}")
        for size in args.sizes:
            started = time.perf_counter()
            fill_archive(database_url(data_dir), size - filled, raw=True, start_id=1000 + filled)
            print(f"# archive filled to {size} articles in {time.perf_counter() - started:.0f}s", flush=True)
            filled = size
            bare = statistics.median(bare_read(data_dir) for _ in range(args.runs))
            print(f"{size:>8} {'bare':<8} {size / bare:>10.0f} {1:>12.2f} {'':>8} {'':>8}", flush=True)
            for fmt in FORMATS:
                runs = [timed_export(data_dir, fmt) for _ in range(args.runs)]
                seconds = statistics.median(s for s, _ in runs)
                peak = max(m for _, m in runs)
                size_mb = (data_dir / f"out.{FORMATS[fmt]}").stat().st_size / 1e6
                print(
                    f"{size:>8} {fmt:<8} {size / seconds:>10.0f} {bare / seconds:>12.2f} {peak:>8.0f} {size_mb:>8.0f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
