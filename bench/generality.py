"""Extraction on real pages of templates the project never saw: the project's generic path against
plain trafilatura, F1 per dataset, crashes and ms per page, in one process: each page is scored once
and timed --runs times, the two extractors interleaved.

Reads the extraction-dev corpus from ``../shared/corpora/extraction-dev`` (or --corpus): 662 pages of
four public datasets with their ground truth and scorer. The corpus is never copied into this
repository, and the test suite does not need it.

    python -m bench.generality [--corpus PATH] [--only DATASET] [--limit N] [--runs 3] [--worst 10]

`python -m bench.extract` runs this too, after its replica timings, when the corpus is there.
"""

from __future__ import annotations

import argparse
import contextlib
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


def project_captions_out(data: bytes, url: str) -> str:
    """The project's text without photo captions: the archive keeps captions as article text (the
    user's seed pages ask for them), while some datasets' ground truth leaves them out."""
    article = extract_article(data, url or "http://example.invalid/")
    captions = {image.caption for image in article.images if image.caption}
    return "\n\n".join(p for p in article.paragraphs if p not in captions)


def plain(data: bytes, url: str) -> str:
    return trafilatura.extract(data, url=url or None, include_comments=False) or ""


EXTRACTORS = {"trafilatura": plain, "project": project, "project, captions out": project_captions_out}
TIMED = ("trafilatura", "project")


def report(
    corpus: Path, only: list[str] | None = None, limit: int | None = None, runs: int = 3, worst: int = 10
) -> None:
    """Score both extractors on the corpus, time them `runs` times per page (interleaved), print the table."""
    score = _scorer(corpus)
    pages = score.load_truth(only, limit)
    f1: dict[str, dict[str, list[float]]] = {name: defaultdict(list) for name in EXTRACTORS}
    seconds: dict[str, list[float]] = {name: [] for name in TIMED}
    crashes: dict[str, list[str]] = {name: [] for name in EXTRACTORS}
    per_page: dict[str, dict[str, float]] = {name: {} for name in EXTRACTORS}
    for page in pages:
        data = gzip.decompress((corpus / "pages" / f"{page['id']}.html.gz").read_bytes())
        for name, extract in EXTRACTORS.items():
            try:
                text = extract(data, page["url"])
            except Exception as exc:  # a crash scores 0, as in score.py
                crashes[name].append(f"{page['id']}: {type(exc).__name__}: {exc}"[:160])
                text = ""
            value = score.page_scores(page["text"], text)[2]
            f1[name][page["dataset"]].append(value)
            per_page[name][page["id"]] = value
        timings: dict[str, list[float]] = {name: [] for name in TIMED}
        for _ in range(runs):  # interleaved, so that machine noise hits both alike
            for name in TIMED:
                started = time.perf_counter()
                with contextlib.suppress(Exception):  # a crash is already counted above
                    EXTRACTORS[name](data, page["url"])
                timings[name].append(time.perf_counter() - started)
        for name in TIMED:
            seconds[name].append(statistics.median(timings[name]))
    datasets = sorted({p["dataset"] for p in pages})
    print(f"{len(pages)} pages; F1 per dataset (mean over pages), crashes; ms per page: median over pages")
    print(f"of the median of {runs} runs\n")
    print(
        f"{'extractor':<22}" + "".join(f" {d:>11}" for d in datasets) + f" {'overall':>8} {'crashes':>8} {'ms/page':>8}"
    )
    for name in EXTRACTORS:
        overall = statistics.mean(v for d in datasets for v in f1[name][d])
        row = "".join(f" {statistics.mean(f1[name][d]):>11.4f}" for d in datasets)
        ms = f"{statistics.median(seconds[name]) * 1000:>8.1f}" if name in seconds else f"{'':>8}"
        print(f"{name:<22}{row} {overall:>8.4f} {len(crashes[name]):>8} {ms}")
    ratio = statistics.median(seconds["project"]) / statistics.median(seconds["trafilatura"])
    total = sum(seconds["project"]) / sum(seconds["trafilatura"])
    print(f"\nproject time / trafilatura time: {ratio:.2f} (medians), {total:.2f} (totals)")
    for line in crashes["project"]:
        print(f"crash: {line}")
    worse = sorted(per_page["project"], key=lambda i: per_page["project"][i] - per_page["trafilatura"][i])
    print(f"\npages where the project loses most against trafilatura (first {worst}):")
    for page_id in worse[:worst]:
        print(
            f"  {page_id:<45} project {per_page['project'][page_id]:.3f}  trafilatura {per_page['trafilatura'][page_id]:.3f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--only", action="append")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--runs", type=int, default=3, help="timed runs per page and extractor")
    parser.add_argument("--worst", type=int, default=10)
    args = parser.parse_args()
    if not (args.corpus / "truth.jsonl").exists():
        sys.exit(f"error: no extraction-dev corpus at {args.corpus} (give --corpus PATH)")
    report(args.corpus, args.only, args.limit, args.runs, args.worst)


if __name__ == "__main__":
    main()
