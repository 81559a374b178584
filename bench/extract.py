"""Extraction speed: the project's extractor (with and without profiles) against plain trafilatura.

Renders every article page of the five replicas (scaled with --per-site), then times each extractor
over all pages, several runs, interleaved so that machine noise hits all of them alike. Prints median
ms per page, pages/s, and the ratio to plain trafilatura measured in the same run.

Then, when the extraction-dev corpus is beside the repository (``../shared/corpora/extraction-dev``,
or --corpus), the same comparison on real pages of templates the project never saw: F1 per dataset,
crashes and ms per page, both ways (see bench/generality.py).

    python -m bench.extract [--per-site 200] [--runs 5] [--corpus PATH | --no-real]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import trafilatura

from bench import generality
from extraction.article import extract_article
from replicas.catalog import BUILDERS, build_site
from replicas.platforms.base import Request
from sources import load_profiles

BASE = "http://127.0.0.1:8000"


def pages(per_site: int) -> list[tuple[bytes, str, str, str]]:
    """(body, url, content type, source name) for every article page of every replica."""
    out = []
    for key in BUILDERS:
        site = build_site(key, extra=per_site)
        for path, _ in site.articles():
            parts = urlsplit(path)
            response = site.handle(Request("GET", parts.path, BASE, dict(parse_qsl(parts.query))))
            out.append((response.body(), BASE + path, response.headers()["Content-Type"], key))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-site", type=int, default=200, help="generated articles per replica")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=generality.DEFAULT_CORPUS, help="extraction-dev corpus")
    parser.add_argument("--no-real", action="store_true", help="replicas only, not the real-page corpus")
    args = parser.parse_args()

    corpus = pages(args.per_site)
    rules = {name: p.extraction for name, p in load_profiles().items()}
    extractors = {
        "trafilatura.extract (baseline)": lambda b, u, c, s: trafilatura.extract(b, url=u),
        "project, with source profiles": lambda b, u, c, s: extract_article(b, u, content_type=c, rules=rules[s]),
        "project, generic (no profile)": lambda b, u, c, s: extract_article(b, u, content_type=c),
    }
    per_page: dict[str, list[float]] = {name: [] for name in extractors}
    totals: dict[str, list[float]] = {name: [] for name in extractors}
    for _ in range(args.runs):
        for name, run in extractors.items():
            started = time.perf_counter()
            for body, url, content_type, source in corpus:
                t0 = time.perf_counter()
                run(body, url, content_type, source)
                per_page[name].append(time.perf_counter() - t0)
            totals[name].append(time.perf_counter() - started)

    baseline = statistics.median(totals["trafilatura.extract (baseline)"])
    print(f"{len(corpus)} pages ({args.per_site} generated per replica + seeds and special cases), {args.runs} runs")
    print(f"{'extractor':<32} {'median ms/page':>15} {'pages/s':>9} {'time vs baseline':>17}")
    for name in extractors:
        total = statistics.median(totals[name])
        print(
            f"{name:<32} {statistics.median(per_page[name]) * 1000:>15.2f} {len(corpus) / total:>9.1f}"
            f" {total / baseline:>16.2f}x"
        )
    if args.no_real:
        return
    print("\nReal pages of templates the project never saw (extraction-dev):\n")
    if (args.corpus / "truth.jsonl").exists():
        generality.report(args.corpus, runs=3)
    else:
        print(f"(no corpus at {args.corpus}: give --corpus PATH)")


if __name__ == "__main__":
    main()
