"""Extraction on real pages of templates the project never saw: the project's generic path against
plain trafilatura, F1 per dataset, crashes and ms per page, in one process and one run.

Reads the extraction-dev corpus from ``../shared/corpora/extraction-dev`` (or --corpus): 662 pages of
four public datasets with their ground truth and scorer. The corpus is never copied into this
repository, and the test suite does not need it.

    python -m bench.generality [--corpus PATH] [--only DATASET] [--limit N] [--worst 10]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import trafilatura

from extraction.article import extract_article

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "extraction-dev"


def _scorer(corpus: Path):
    spec = importlib.util.spec_from_file_location("extraction_dev_score", corpus / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def project(data: bytes, url: str) -> str:
    return extract_article(data, url or "http://example.invalid/").text


def plain(data: bytes, url: str) -> str:
    return trafilatura.extract(data, url=url or None, include_comments=False) or ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--only", action="append")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--worst", type=int, default=10)
    args = parser.parse_args()
    if not (args.corpus / "truth.jsonl").exists():
        sys.exit(f"error: no extraction-dev corpus at {args.corpus} (give --corpus PATH)")
    score = _scorer(args.corpus)
    pages = score.load_truth(args.only, args.limit)
    extractors = {"trafilatura": plain, "project": project}
    f1: dict[str, dict[str, list[float]]] = {name: defaultdict(list) for name in extractors}
    seconds: dict[str, list[float]] = {name: [] for name in extractors}
    crashes: dict[str, list[str]] = {name: [] for name in extractors}
    per_page: dict[str, dict[str, float]] = {name: {} for name in extractors}
    for page in pages:
        data = gzip.decompress((args.corpus / "pages" / f"{page['id']}.html.gz").read_bytes())
        for name, extract in extractors.items():
            started = time.perf_counter()
            try:
                text = extract(data, page["url"])
            except Exception as exc:  # a crash scores 0, as in score.py
                crashes[name].append(f"{page['id']}: {type(exc).__name__}: {exc}"[:160])
                text = ""
            seconds[name].append(time.perf_counter() - started)
            value = score.page_scores(page["text"], text)[2]
            f1[name][page["dataset"]].append(value)
            per_page[name][page["id"]] = value
    datasets = sorted({p["dataset"] for p in pages})
    print(f"{len(pages)} pages; F1 per dataset (mean over pages), crashes, median ms per page\n")
    print(
        f"{'extractor':<12}" + "".join(f" {d:>11}" for d in datasets) + f" {'overall':>8} {'crashes':>8} {'ms/page':>8}"
    )
    for name in extractors:
        overall = statistics.mean(v for d in datasets for v in f1[name][d])
        row = "".join(f" {statistics.mean(f1[name][d]):>11.3f}" for d in datasets)
        median_ms = statistics.median(seconds[name]) * 1000
        print(f"{name:<12}{row} {overall:>8.3f} {len(crashes[name]):>8} {median_ms:>8.1f}")
    ratio = statistics.median(seconds["project"]) / statistics.median(seconds["trafilatura"])
    print(f"\nproject time / trafilatura time (medians): {ratio:.2f}")
    for line in crashes["project"]:
        print(f"crash: {line}")
    worse = sorted(per_page["project"], key=lambda i: per_page["project"][i] - per_page["trafilatura"][i])
    print(f"\npages where the project loses most against trafilatura (first {args.worst}):")
    for page_id in worse[: args.worst]:
        print(
            f"  {page_id:<45} project {per_page['project'][page_id]:.3f}  trafilatura {per_page['trafilatura'][page_id]:.3f}"
        )


if __name__ == "__main__":
    main()
