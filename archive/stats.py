"""Archive statistics: articles per source and period, per kind and province, newest articles, last runs.

Periods are years or months of the publication date in Vietnam time. Publication dates are stored in
UTC, so they are grouped here in Python (one pass over the dated rows) rather than with SQL date
functions, which differ between SQLite and PostgreSQL and would group by the UTC date.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from archive.models import Article, CrawlRun, FetchFailure, Source
from extraction.dates import VN_TZ, vn_iso

PERIOD_FORMATS = {"year": "%Y", "month": "%Y-%m"}
UNDATED = "undated"
NONE_LABEL = "(none)"  # a source with no kind or no province
MATRIX_COLUMNS = 12  # periods shown per source in the text table


def _ordered(counts: Counter[str]) -> dict[str, int]:
    """Periods in time order, ``undated`` last (only when there are any)."""
    ordered = {key: counts[key] for key in sorted(k for k in counts if k != UNDATED)}
    if counts.get(UNDATED):
        ordered[UNDATED] = counts[UNDATED]
    return ordered


def _most_first(counts: Counter[str]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _last_runs(session: Session, names: set[str]) -> dict[str, dict[str, Any]]:
    """Each source's newest run: runs are read newest first until every source has one."""
    found: dict[str, dict[str, Any]] = {}
    query = select(CrawlRun.id, CrawlRun.status, CrawlRun.exit_code, CrawlRun.finished, CrawlRun.sources)
    for run_id, status, exit_code, finished, run_sources in session.execute(query.order_by(CrawlRun.id.desc())):
        for name in run_sources or []:
            if name in names and name not in found:
                found[name] = {"id": run_id, "status": status, "exit_code": exit_code, "finished": vn_iso(finished)}
        if len(found) == len(names):
            break
    return found


def _last_run(session: Session) -> dict[str, Any] | None:
    """The newest crawl run with its counters and its failures grouped by reason, most frequent first."""
    run = session.scalars(select(CrawlRun).order_by(CrawlRun.id.desc()).limit(1)).first()
    if run is None:
        return None
    n = func.count(FetchFailure.id)
    reasons = session.execute(
        select(FetchFailure.reason, n)
        .where(FetchFailure.run_id == run.id)
        .group_by(FetchFailure.reason)
        .order_by(n.desc(), FetchFailure.reason)
    )
    return {
        "id": run.id,
        "status": run.status,
        "exit_code": run.exit_code,
        "started": vn_iso(run.started),
        "finished": vn_iso(run.finished),
        "pages": run.pages,
        "new": run.new,
        "changed": run.changed,
        "unchanged": run.unchanged,
        "failed": run.failed,
        "failures": [{"reason": reason, "count": count} for reason, count in reasons],
    }


def archive_stats(engine: Engine, by: str = "year") -> dict[str, Any]:
    """The archive's figures as a JSON-ready dict; periods are years ("2024") or months ("2024-05")."""
    if by not in PERIOD_FORMATS:
        raise ValueError(f"by must be one of {', '.join(PERIOD_FORMATS)}, not {by!r}")
    fmt = PERIOD_FORMATS[by]
    with Session(engine) as session:
        sources = list(session.scalars(select(Source).order_by(Source.name)))
        articles: Counter[int] = Counter()
        union: Counter[int] = Counter()
        per_period: dict[int, Counter[str]] = {source.id: Counter() for source in sources}
        newest: dict[int, tuple[datetime, int]] = {}
        rows = select(Article.id, Article.source_id, Article.published, Article.union_related)
        for article_id, source_id, published, union_related in session.execute(rows.execution_options(yield_per=5000)):
            articles[source_id] += 1
            union[source_id] += bool(union_related)
            if published is None:
                period = UNDATED
            else:
                period = published.astimezone(VN_TZ).strftime(fmt)
                if source_id not in newest or (published, article_id) > newest[source_id]:
                    newest[source_id] = (published, article_id)
            per_period.setdefault(source_id, Counter())[period] += 1
        newest_ids = [article_id for _, article_id in newest.values()]
        query = select(Article.id, Article.title).where(Article.id.in_(newest_ids))
        titles = dict(session.execute(query).all()) if newest_ids else {}
        newest_articles = {
            source_id: {"id": article_id, "title": titles[article_id], "published": vn_iso(published)}
            for source_id, (published, article_id) in newest.items()
        }
        last_runs = _last_runs(session, {source.name for source in sources})
        last_run = _last_run(session)

    periods: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    by_province: Counter[str] = Counter()
    for source in sources:
        periods.update(per_period[source.id])
        by_kind[source.kind or NONE_LABEL] += articles[source.id]
        by_province[source.province or NONE_LABEL] += articles[source.id]
    return {
        "by": by,
        "total": sum(articles.values()),
        "union_related": sum(union.values()),
        "undated": periods[UNDATED],
        "periods": _ordered(periods),
        "by_source": {source.name: _ordered(per_period[source.id]) for source in sources},
        "by_kind": _most_first(by_kind),
        "by_province": _most_first(by_province),
        "sources": [
            {
                "name": source.name,
                "title": source.title,
                "province": source.province,
                "kind": source.kind,
                "articles": articles[source.id],
                "union_related": union[source.id],
                "newest": newest_articles.get(source.id),
                "last_run": last_runs.get(source.name),
            }
            for source in sources
        ],
        "last_run": last_run,
    }


def _day(iso: str | None) -> str:
    return datetime.fromisoformat(iso).strftime("%d/%m/%Y") if iso else "-"


def _bars(counts: dict[str, int], width: int) -> list[str]:
    """One line per key: the count and a bar of █ scaled so the largest count fills `width`."""
    top = max(counts.values(), default=0) or 1
    return [f"{key:>12} {n:>7} {'█' * max(1, round(n / top * width)) if n else ''}" for key, n in counts.items()]


def _spread(counts: dict[str, int]) -> str:
    return " · ".join(f"{key} {n}" for key, n in counts.items()) or "-"


def _matrix(stats: dict[str, Any], name_width: int, columns: int = MATRIX_COLUMNS) -> list[str]:
    """Articles per source and period, the latest `columns` periods (the JSON has them all)."""
    dated = [p for p in stats["periods"] if p != UNDATED]
    periods = dated[-columns:]
    cell = max(len(p) for p in periods) if periods else 4
    title = f"Per source and {stats['by']}" + (f" (the last {columns}):" if len(dated) > columns else ":")
    lines = [title, f"{'':<{name_width}}  " + " ".join(f"{p[-cell:]:>{cell}}" for p in periods)]
    for name, counts in stats["by_source"].items():
        lines.append(f"{name:<{name_width}}  " + " ".join(f"{counts.get(p, 0) or '·':>{cell}}" for p in periods))
    return lines


def render_stats(stats: dict[str, Any], width: int = 40) -> list[str]:
    """The figures of `archive_stats` as plain-text lines: a table per source, a bar chart per period,
    per kind and province, and the last run with its failure reasons."""
    if not stats["sources"] and stats["last_run"] is None:
        return ["The archive is empty: no sources, articles or crawl runs yet (try: python cli.py crawl)."]
    lines = [
        f"{stats['total']} articles ({stats['union_related']} union-related, {stats['undated']} undated) "
        f"from {len(stats['sources'])} sources",
        "",
    ]
    name_width = max([len("source"), *(len(s["name"]) for s in stats["sources"])])
    lines.append(f"{'source':<{name_width}}  {'articles':>8}  {'union':>6}  {'newest':<10}  last run")
    for source in stats["sources"]:
        newest = source["newest"]
        run = source["last_run"]
        run_text = f"#{run['id']} {run['status']} {_day(run['finished'])}" if run else "never crawled"
        lines.append(
            f"{source['name']:<{name_width}}  {source['articles']:>8}  {source['union_related']:>6}  "
            f"{_day(newest['published'] if newest else None):<10}  {run_text}"
        )
    if stats["periods"]:
        lines += ["", f"Articles per {stats['by']} (Vietnam time):", *_bars(stats["periods"], width)]
        lines += ["", *_matrix(stats, name_width)]
    lines += ["", f"Per kind: {_spread(stats['by_kind'])}", f"Per province: {_spread(stats['by_province'])}"]
    run = stats["last_run"]
    if run is None:
        lines += ["", "No crawl run yet."]
        return lines
    lines += [
        "",
        f"Last run #{run['id']}: {run['status']} (exit {'-' if run['exit_code'] is None else run['exit_code']}), "
        f"started {run['started'][:16].replace('T', ' ')}, finished {_day(run['finished'])}",
        f"  pages {run['pages']} · new {run['new']} · changed {run['changed']} · unchanged {run['unchanged']} "
        f"· failed {run['failed']}",
    ]
    if run["failures"]:
        lines.append("  failures: " + ", ".join(f"{f['reason']} × {f['count']}" for f in run["failures"]))
    else:
        lines.append("  no failures")
    return lines
